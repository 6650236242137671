using System.Text;

namespace Bot.Knowledge.Ingestion;

/// <summary>Accepts UTF-8 (with or without BOM) and UTF-16 with BOM; refuses binaries and unknown encodings instead of guessing.</summary>
public static class TextDecoder
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new IngestionException("empty file");
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new IngestionException("binary content (NUL bytes), not a text document");
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new IngestionException("not valid UTF-8 (unknown encoding); save the file as UTF-8");
        }
    }
}
