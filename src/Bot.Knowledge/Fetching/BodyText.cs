using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Fetching;

/// <summary>
/// Turns a downloaded page into text: a byte-order mark first, then the charset the server named, then the page's own
/// meta charset, else UTF-8. Regional sites still serve windows-1251, so the legacy code pages are registered.
/// Undecodable bytes become U+FFFD rather than failing the article.
/// </summary>
public static partial class BodyText
{
    static BodyText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static string Decode(FetchResult result)
    {
        var bytes = result.Body;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        var charset = result.Charset ?? SniffMeta(bytes);
        return EncodingFor(charset).GetString(bytes);
    }

    static string? SniffMeta(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    static Encoding EncodingFor(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return Encoding.UTF8;
        try { return Encoding.GetEncoding(charset.Trim()); }
        catch (ArgumentException) { throw new FetchException($"unknown encoding '{charset}'"); }
    }
}
