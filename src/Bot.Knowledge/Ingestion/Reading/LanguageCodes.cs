using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The four languages the store answers in, listed here once (the answer texts, the language chooser and the feed
/// settings read this list). A declared language outside them is not stored: the text's own is detected instead.
/// </summary>
public static class LanguageCodes
{
    public static readonly IReadOnlyList<string> Supported = ["en", "ru", "bg", "kk"];

    /// <param name="declared">What the metadata says ("ru", "ru-RU", "bg_BG"), or null.</param>
    /// <param name="text">The text to detect the language of when nothing usable is declared (built only then).</param>
    public static string Resolve(string? declared, Func<string> text, ICollection<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(declared)) return LanguageGuess.Of(text());
        var code = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (Supported.Contains(code)) return code;
        var detected = LanguageGuess.Of(text());
        warnings.Add($"language '{Shorten(declared.Trim())}' is not one of {string.Join(", ", Supported)}; detected {detected} instead");
        return detected;
    }

    static string Shorten(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
