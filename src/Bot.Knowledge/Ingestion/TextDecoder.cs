using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Bot.Knowledge.Ingestion;

/// <summary>
/// Bytes of a text file to a string, whatever encoding people saved it in: a byte-order mark (UTF-8, UTF-16, UTF-32)
/// decides first; valid UTF-8 is UTF-8; UTF-16 without a mark is recognised by its zero bytes; anything else is given to
/// a charset detector (UTF.Unknown, a port of Mozilla's), which tells Windows-1251 from KOI8-R by letter statistics.
/// A result that still looks like binary noise is refused with one line rather than stored as mojibake.
/// </summary>
public static class TextDecoder
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes) => Decode(bytes.AsSpan());

    /// <summary>The same for bytes in a buffer of the caller's (a file read into a pooled buffer is not copied again).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new IngestionException("empty file");
        if (ByBom(bytes) is { } marked) return marked;
        var nul = bytes.IndexOf((byte)0) >= 0;
        // Valid UTF-8, as nearly every file is, is decoded once, without an exception to catch when it is not.
        if (!nul && Utf8.IsValid(bytes)) return StrictUtf8.GetString(bytes);
        if (Utf16WithoutBom(bytes) is { } utf16) return utf16;
        if (nul) throw new IngestionException("binary content (NUL bytes), not a text document");
        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (detected?.Encoding is { } encoding && detected.Confidence >= 0.2f && LooksLikeText(encoding.GetString(bytes)) is { } text) return text;
        throw new IngestionException("unreadable text: not UTF-8 and no known encoding fits (save the file as UTF-8)");
    }

    static string? ByBom(ReadOnlySpan<byte> b)
    {
        Encoding? encoding = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
            [0xFF, 0xFE, 0x00, 0x00, ..] => Encoding.UTF32,
            [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => null,
        };
        if (encoding is null) return null;
        var skip = encoding.Preamble.Length;
        return encoding.GetString(b[skip..]);
    }

    /// <summary>
    /// UTF-16 without a mark, in whichever byte order makes it read as text in the store's scripts: Latin and Cyrillic
    /// sit below U+0530, and read in the wrong order they land in other blocks (U+2204 for "Д", U+4100 for "A").
    /// </summary>
    static string? Utf16WithoutBom(ReadOnlySpan<byte> b)
    {
        if (b.Length % 2 != 0 || b.Length < 4) return null;
        for (var order = 0; order < 2; order++)
        {
            var bigEndian = order == 1;
            if (TryStrict(new UnicodeEncoding(bigEndian, false, throwOnInvalidBytes: true), b) is { } text && MostlyOurScripts(text))
                return LooksLikeText(text);
        }
        return null;
    }

    static bool MostlyOurScripts(string text)
    {
        var plausible = 0;
        foreach (var c in text)
            if (c is >= ' ' and < '\u0530' or '\n' or '\r' or '\t' || c is >= '\u2000' and <= '\u206F' || c is >= '\u20A0' and <= '\u20CF') plausible++;
        return plausible * 10 >= text.Length * 9;
    }

    static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>Decoded text has few control characters; binary decoded as a code page is full of them.</summary>
    static string? LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        return controls * 100 <= text.Length ? text : null;
    }
}
