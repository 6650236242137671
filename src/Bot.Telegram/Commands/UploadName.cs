using Bot.Knowledge.Text;

namespace Bot.Telegram.Commands;

/// <summary>
/// The file name of an uploaded document, checked before it becomes a path in a temporary folder: names that are
/// only dots, hold a path separator, control, bidi or other invisible characters, or are longer than
/// <see cref="MaxChars"/> (a file system allows 255 bytes, and a Cyrillic letter takes two) are refused.
/// </summary>
public static class UploadName
{
    public const int MaxChars = 120;

    /// <summary>The name to save the upload under, or null when it must be refused; an upload without a name gets a neutral one.</summary>
    public static string? Safe(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "document.txt";
        if (name.Length > MaxChars || name.Trim().Trim('.').Length == 0) return null;
        if (name.AsSpan().IndexOfAny('/', '\\') >= 0 || name.Any(char.IsControl)) return null;
        return TextSanitizer.CleanQuestion(name) == name ? name : null;
    }
}
