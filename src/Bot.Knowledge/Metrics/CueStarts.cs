namespace Bot.Knowledge.Metrics;

/// <summary>
/// The first one, two or three letters the first words of a <see cref="CueMatcher{T}"/>'s cues start with, as two small
/// bitmaps: a word of the text that starts like none of them can begin no cue, and costs the matcher no lookup. A
/// matcher reads every word of every sentence it is given, and most words begin none of its cues.
/// </summary>
/// <remarks>
/// A cue word of one or two letters (whole or a prefix) is kept by them, a longer one by its first three ("the" is then
/// told from "three", "for" not from "forty"); a bit may be shared by two starts (it then lets through a word that starts
/// like neither), never missed, so the matcher finds what it found without the bitmaps. An empty first word (a lone "*",
/// which starts any word) turns the filter off.
/// </remarks>
internal sealed class CueStarts
{
    const int Bits = 4096;
    readonly ulong[] _singles = new ulong[Bits / 64];
    readonly ulong[] _pairs = new ulong[Bits / 64];
    readonly ulong[] _triples = new ulong[Bits / 64];
    bool _anyWord;

    /// <summary>Records a cue's first word, folded as the text's words are.</summary>
    public void Add(string firstWord)
    {
        if (firstWord.Length == 0) _anyWord = true;
        else if (firstWord.Length == 1) Set(_singles, Single(firstWord[0]));
        else if (firstWord.Length == 2) Set(_pairs, Pair(firstWord[0], firstWord[1]));
        else Set(_triples, Triple(firstWord[0], firstWord[1], firstWord[2]));
    }

    /// <summary>Whether a folded word of the text may begin a cue: false only when no cue's first word can match it.</summary>
    public bool MayStart(ReadOnlySpan<char> word) =>
        _anyWord || word.Length > 0 && (IsSet(_singles, Single(word[0]))
            || word.Length > 1 && IsSet(_pairs, Pair(word[0], word[1]))
            || word.Length > 2 && IsSet(_triples, Triple(word[0], word[1], word[2])));

    static int Single(char c) => c & (Bits - 1);

    static int Pair(char a, char b) => (int)(((uint)a * 0x9E3779B1u ^ b * 0x85EBCA77u) >> 20) & (Bits - 1);

    static int Triple(char a, char b, char c) => (int)(((uint)a * 0x9E3779B1u ^ b * 0x85EBCA77u ^ c * 0xC2B2AE3Du) >> 20) & (Bits - 1);

    static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    static bool IsSet(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;
}
