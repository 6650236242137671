using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>
/// Two questions asked in one message ("How much did Kazakhstan export in 2024, and what was the main product?"): split
/// at a joining word of compound.json when the words after it open a question of their own and the words before it ask
/// something about something. "Where and when…" and "Who signed it and when?" stay one question: one of their parts
/// asks about nothing, and the answer types of the whole ask for both.
/// </summary>
public sealed class CompoundQuestion(DomainLexicon lexicon, AnswerTypeCues cues)
{
    sealed record PolarWords(List<string> Opening, List<string> Auxiliaries, List<string> Particle, List<string> Closing);

    sealed record JoinFile(Dictionary<string, List<string>> Joins, PolarWords Polar);

    static readonly JoinFile File = EmbeddedJson.Load<JoinFile>("compound.json");

    // Longest first, so "а также" is taken before "а".
    static readonly string[][] Joins = Phrases(File.Joins.Values.SelectMany(v => v));

    static readonly string[][] PolarOpenings = Phrases(File.Polar.Opening);
    static readonly string[][] PolarClosings = Phrases(File.Polar.Closing);
    static readonly HashSet<string> PolarParticles = File.Polar.Particle.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    static readonly HashSet<string> PolarAuxiliaries = File.Polar.Auxiliaries.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a whole question asks yes or no: "Have the ministers signed …?", "Подписан ли меморандум?", "Меморандумға қол
    /// қойылды ма?" — an auxiliary verb first, the particle anywhere, or a closing particle last.
    /// </summary>
    public static bool AsksYesOrNo(string question)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(question)).ToList();
        return words.Count > 1 && (PolarAuxiliaries.Contains(words[0]) || words.Exists(PolarParticles.Contains)
            || PolarClosings.Any(p => words.Count > p.Length && At(words, words.Count - p.Length, p)));
    }

    static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToArray();

    // A message is a question or two, rarely three; more joins are more likely a list than more questions.
    const int MaxParts = 3;

    // More joining words than this and the message is a list (or noise), not questions joined: it is read as one. Each
    // join tried costs a reading of the rest of the message, so a text repeating "and" thousands of times would
    // otherwise cost thousands of readings.
    const int MaxJoins = 8;

    readonly AnswerTypeFinder _types = new(lexicon, cues);

    /// <summary>The questions of <paramref name="text"/> in the order asked; the text itself when it asks one.</summary>
    public IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string>();
        var rest = text;
        while (parts.Count < MaxParts - 1 && SplitOnce(rest) is { } split)
        {
            parts.Add(split.Left);
            rest = split.Right;
        }
        parts.Add(rest);
        return parts;
    }

    (string Left, string Right)? SplitOnce(string text)
    {
        var starts = new List<int>();
        var folded = new List<string>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            starts.Add(start);
            folded.Add(TextNormalizer.Fold(text.Substring(start, length)));
        }
        var joins = new List<(int At, string[] Join)>();
        for (var i = 1; i < folded.Count - 1; i++)
        {
            var join = Joins.FirstOrDefault(j => i + j.Length < folded.Count && At(folded, i, j));
            if (join is null) continue;
            if (joins.Count == MaxJoins) return null;
            joins.Add((i, join));
        }
        foreach (var (i, join) in joins)
        {
            var after = i + join.Length;
            var right = folded.Skip(after).ToList();
            if (!(OpensQuestion(right) && AsksAboutSomething(right) || AsksYesOrNo(right)) || !AsksAboutSomething(folded.Take(i).ToList())) continue;
            var left = text[..starts[i]].TrimEnd().TrimEnd(',', ';', '—', '-').TrimEnd();
            return (left, text[starts[after]..]);
        }
        return null;
    }

    static bool At(List<string> words, int at, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>A question word comes before any word that is not a function word ("and in which city …", "и кто …").</summary>
    bool OpensQuestion(IReadOnlyList<string> words)
    {
        var (types, _, cueWords) = _types.Analyze(words);
        if (types.Count == 0) return false;
        foreach (var word in words)
        {
            if (cueWords.Contains(word) || cues.WhichWords.Contains(word)) return true;
            if (!lexicon.IsStopword(word)) return false;
        }
        return false;
    }

    /// <summary>
    /// "… и завършено ли е побратимяването?", "… and is the twinning complete?", "… және бауырластық аяқталды ма?": a yes/no
    /// question of its own, about something (a word besides the particle and function words).
    /// </summary>
    bool AsksYesOrNo(List<string> words)
    {
        var polar = PolarOpenings.Any(p => words.Count > p.Length && At(words, 0, p))
            || words.Take(3).Skip(1).Any(PolarParticles.Contains)
            || PolarClosings.Any(p => words.Count > p.Length && At(words, words.Count - p.Length, p));
        return polar && words.Any(w => !PolarParticles.Contains(w) && !lexicon.IsStopword(w));
    }

    bool AsksAboutSomething(IReadOnlyList<string> words)
    {
        var (types, _, cueWords) = _types.Analyze(words);
        return types.Count > 0 && words.Any(w => !cueWords.Contains(w) && !cues.WhichWords.Contains(w) && !lexicon.IsStopword(w));
    }
}
