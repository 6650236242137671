using System.Globalization;

namespace Bot.Knowledge.Text;

/// <summary>Splits text into words and numbers; everything else (punctuation, FTS operators, SQL) is a separator.</summary>
public static class Tokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        var position = 0;
        while (Next(text, ref position, out var start, out var length)) yield return text.Substring(start, length);
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>, without allocating it: a run of letters and digits,
    /// with the combining marks inside it. False at the end of the text.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !StartsWord(text[i])) i++;
        start = i;
        if (i >= text.Length)
        {
            position = i;
            length = 0;
            return false;
        }
        for (i++; i < text.Length && GoesOn(text[i]); i++) { }
        length = i - start;
        position = i;
        return true;
    }

    // What each character of the scripts news is written in is, looked up once: 1 a letter or digit, 2 a combining mark,
    // 0 anything else. Latin, Greek and Cyrillic (Kazakh letters included) make most of any text; the rest asks Unicode.
    static readonly byte[] Kinds = MakeKinds();

    static byte[] MakeKinds()
    {
        var kinds = new byte[0x530];
        for (var c = 0; c < kinds.Length; c++)
            kinds[c] = char.IsLetterOrDigit((char)c) ? (byte)1 : char.GetUnicodeCategory((char)c) == UnicodeCategory.NonSpacingMark ? (byte)2 : (byte)0;
        return kinds;
    }

    /// <summary>Whether a word starts at this character: a letter or a digit.</summary>
    internal static bool StartsWord(char c) => c < Kinds.Length ? Kinds[c] == 1 : char.IsLetterOrDigit(c);

    /// <summary>Whether a word goes on over this character: a letter, a digit, or a combining mark.</summary>
    internal static bool GoesOn(char c) =>
        c < Kinds.Length ? Kinds[c] != 0 : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
