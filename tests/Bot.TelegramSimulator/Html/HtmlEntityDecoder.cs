using System.Globalization;
using System.Text;

namespace Bot.TelegramSimulator.Html;

/// <summary>
/// Decodes one character reference. Stricter than Telegram on purpose: Telegram passes a stray "&amp;" or an unknown
/// named entity through as literal text, which hides a missing escape in the bot; the simulator refuses both.
/// </summary>
internal static class HtmlEntityDecoder
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["lt"] = "<", ["gt"] = ">", ["amp"] = "&", ["quot"] = "\"",
    };

    /// <summary>Decodes the reference starting at <paramref name="start"/> (an '&amp;'); returns the error or null.</summary>
    public static string? TryDecode(string html, int start, StringBuilder output, out int next)
    {
        next = start + 1;
        var semicolon = html.IndexOf(';', start + 1);
        var offset = ByteOffset.Of(html, start);
        if (semicolon < 0 || semicolon - start > 12)
        {
            return $"Unescaped \"&\" at byte offset {offset}: write &amp;amp; for a literal ampersand";
        }

        var body = html[(start + 1)..semicolon];
        var decoded = body.StartsWith('#') ? DecodeNumeric(body[1..]) : Named.GetValueOrDefault(body);
        if (decoded is null)
        {
            return $"Unsupported HTML entity \"&{body};\" at byte offset {offset}";
        }

        output.Append(decoded);
        next = semicolon + 1;
        return null;
    }

    private static string? DecodeNumeric(string digits)
    {
        var hex = digits.StartsWith('x') || digits.StartsWith('X');
        var parsed = hex
            ? int.TryParse(digits.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            : int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
        var valid = parsed && code is > 0 and <= 0x10FFFF && code is < 0xD800 or > 0xDFFF;
        return valid ? char.ConvertFromUtf32(code) : null;
    }
}
