using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conversation;

/// <summary>The follow-up words of the four languages (embedded followups.json): openers, pronouns pointing back, list positions.</summary>
public sealed class FollowUpWords
{
    sealed record WordsFile(
        Dictionary<string, List<string>> Openers, Dictionary<string, List<string>> Pronouns, Dictionary<string, List<string>> Ordinals,
        Dictionary<string, List<string>> Times,
        [property: System.Text.Json.Serialization.JsonPropertyName("own_questions")] Dictionary<string, List<string>> OwnQuestions,
        [property: System.Text.Json.Serialization.JsonPropertyName("person_pronouns")] Dictionary<string, List<string>> PersonPronouns,
        [property: System.Text.Json.Serialization.JsonPropertyName("day_shifts")] Dictionary<string, List<string>> DayShifts,
        [property: System.Text.Json.Serialization.JsonPropertyName("earlier_periods")] Dictionary<string, List<string>> EarlierPeriods,
        Dictionary<string, List<string>> Demonstratives, Dictionary<string, List<string>> Sides, Dictionary<string, List<string>> Comparisons,
        Dictionary<string, List<string>> Rounds,
        [property: System.Text.Json.Serialization.JsonPropertyName("other_sides")] Dictionary<string, List<string>> OtherSides);

    public static FollowUpWords Default { get; } = new(EmbeddedJson.Load<WordsFile>("followups.json"));

    readonly List<string[]> _openers;
    readonly HashSet<string> _pronouns;
    readonly List<(string[] Words, int Position)> _ordinals;
    readonly List<string[]> _times;
    readonly HashSet<string> _ownQuestions;
    readonly HashSet<string> _personPronouns;
    readonly List<(string[] Words, int Days)> _dayShifts;
    readonly List<(string[] Words, int Shift)> _rounds;
    readonly List<string[]> _earlierPeriods;
    readonly List<string[]> _otherSides;
    readonly List<string[]> _demonstratives;
    readonly HashSet<string> _sides;
    readonly HashSet<string> _comparisons;

    FollowUpWords(WordsFile file)
    {
        _openers = file.Openers.Values.SelectMany(v => v).Select(Words).OrderByDescending(w => w.Length).ToList();
        _pronouns = file.Pronouns.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _ordinals = file.Ordinals.SelectMany(o => o.Value.Select(w => (Words(w), int.Parse(o.Key, System.Globalization.CultureInfo.InvariantCulture))))
            .OrderByDescending(o => o.Item1.Length).ToList();
        _times = file.Times.Values.SelectMany(v => v).Select(Words).Where(w => w.Length > 0).ToList();
        _ownQuestions = file.OwnQuestions.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _personPronouns = file.PersonPronouns.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _dayShifts = file.DayShifts.SelectMany(o => o.Value.Select(w => (Words(w), int.Parse(o.Key, System.Globalization.CultureInfo.InvariantCulture))))
            .Where(o => o.Item1.Length > 0).OrderByDescending(o => o.Item1.Length).ToList();
        _rounds = file.Rounds.SelectMany(o => o.Value.Select(w => (Words(w), int.Parse(o.Key, System.Globalization.CultureInfo.InvariantCulture))))
            .Where(o => o.Item1.Length > 0).OrderByDescending(o => o.Item1.Length).ToList();
        _earlierPeriods = file.EarlierPeriods.Values.SelectMany(v => v).Select(Words).Where(w => w.Length > 0).ToList();
        _otherSides = file.OtherSides.Values.SelectMany(v => v).Select(Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
        _comparisons = file.Comparisons.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _sides = file.Sides.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _demonstratives = file.Demonstratives.Values.SelectMany(v => v).Select(Words).Where(w => w.Length > 0).OrderByDescending(w => w.Length).ToList();
    }

    /// <summary>
    /// The question is its opener and a phrase for "before that" and nothing else ("And before that?", "А до этого?",
    /// "Ал одан бұрын ше?"): it asks the last question again of the time before the last one's.
    /// </summary>
    /// <param name="words">The question's folded words.</param>
    public bool PointsToEarlierPeriod(IReadOnlyList<string> words)
    {
        var at = _openers.FirstOrDefault(o => StartsWith(words, o))?.Length ?? 0;
        var rest = words.Skip(at).Where(w => !_openers.Any(o => o.Length == 1 && o[0] == w)).ToList();
        return rest.Count > 0 && _earlierPeriods.Any(p => p.Length == rest.Count && WordPhrase.At(rest, 0, p));
    }

    /// <summary>
    /// The days a follow-up moves from the date the last answer gave ("the next day" → 1, "накануне" → -1) and the words
    /// that say so, or none.
    /// </summary>
    /// <param name="words">The question's folded words.</param>
    public (IReadOnlyList<string> Words, int Days) DayShift(IReadOnlyList<string> words)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        foreach (var (phrase, days) in _dayShifts)
        {
            if (!present.Contains(phrase[0])) continue;
            if (WordPhrase.Anywhere(words, phrase)) return (phrase, days);
        }
        return ([], 0);
    }

    /// <summary>
    /// How many rounds a follow-up moves from the one the last question named by its ordinal ("And the previous one?" → -1,
    /// "А следующее?" → 1) and the words that say so, or none.
    /// </summary>
    /// <param name="words">The question's folded words.</param>
    public (IReadOnlyList<string> Words, int Shift) RoundShift(IReadOnlyList<string> words)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        foreach (var (phrase, shift) in _rounds)
        {
            if (!present.Contains(phrase[0])) continue;
            if (WordPhrase.Anywhere(words, phrase)) return (phrase, shift);
        }
        return ([], 0);
    }

    /// <summary>
    /// The question names a country and a side and nothing else besides its opener ("And from the Bulgarian side?", "А с
    /// казахстанской стороны?", "Ал болгар тарапынан ше?"): it asks the last question of the other side.
    /// </summary>
    public bool AsksOtherSide(string text)
    {
        var countries = CountryWords.Spans(text);
        if (countries.Count == 0) return false;
        var words = new List<string>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            if (!countries.Any(c => start < c.End && c.Start < start + length)) words.Add(TextNormalizer.Fold(text.Substring(start, length)));
        var opener = _openers.FirstOrDefault(o => StartsWith(words, o))?.Length ?? 0;
        var rest = words.Skip(opener).Where(w => !Lexicon.DomainLexicon.Default.IsStopword(w) && !_openers.Any(o => o.Length == 1 && o[0] == w)).ToList();
        return rest.Count > 0 && rest.All(_sides.Contains);
    }

    /// <summary>The words by which the question asks of the other side without naming it ("the other side", "другата страна", "екінші тарап"), or none.</summary>
    /// <param name="words">The question's folded words.</param>
    public IReadOnlyList<string> OtherSide(IReadOnlyList<string> words)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in _otherSides)
        {
            if (!present.Contains(phrase[0])) continue;
            if (WordPhrase.Anywhere(words, phrase)) return phrase;
        }
        return [];
    }

    /// <summary>The question compares ("compared with", "по сравнению", "спрямо", "салыстырғанда").</summary>
    /// <param name="words">The question's folded words.</param>
    public bool Compares(IReadOnlyList<string> words) => words.Any(_comparisons.Contains);

    /// <summary>How many words of a demonstrative ("that", "того же", "сол") stand at <paramref name="at"/>; 0 for none.</summary>
    /// <param name="words">The question's folded words.</param>
    public int DemonstrativeAt(IReadOnlyList<string> words, int at) =>
        _demonstratives.FirstOrDefault(d => WordPhrase.At(words, at, d))?.Length ?? 0;

    /// <summary>The question points back at a person ("since when did he head it?", "А с какого года он…").</summary>
    /// <param name="words">The question's folded words.</param>
    public bool PointsAtPerson(IReadOnlyList<string> words) => words.Any(_personPronouns.Contains);

    /// <summary>
    /// After its opener, the question asks something of its own ("and what did the ministry propose?", "Ал … не ұсынды?"),
    /// not the previous question again of another subject ("And Parvanov?", "А в 2023?").
    /// </summary>
    /// <param name="words">The question's folded words.</param>
    public bool AsksOwnQuestion(IReadOnlyList<string> words)
    {
        var opener = _openers.FirstOrDefault(o => StartsWith(words, o))?.Length ?? 0;
        for (var i = opener; i < words.Count; i++)
            if (_ownQuestions.Contains(words[i])) return true;
        return false;
    }

    static string[] Words(string phrase) => Tokenizer.Words(TextNormalizer.Fold(phrase)).ToArray();

    /// <param name="words">The question's folded words.</param>
    public bool OpensFollowUp(IReadOnlyList<string> words) => _openers.Any(o => StartsWith(words, o));

    public bool PointsBack(IReadOnlyList<string> words) => words.Any(_pronouns.Contains);

    /// <summary>The words of the phrase by which the question points back at the previous question's period ("in that period", "за тот же период"), or none.</summary>
    public IReadOnlyList<string> TimeReference(IReadOnlyList<string> words)
    {
        var present = words.ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in _times)
        {
            if (!present.Contains(phrase[0])) continue;
            if (WordPhrase.Anywhere(words, phrase)) return phrase;
        }
        return [];
    }

    /// <summary>The list position a question picks ("the second one?" → 2, "the last one" → -1), or null.</summary>
    public int? Position(IReadOnlyList<string> words)
    {
        // Only phrases whose first word the question has are looked for: a long question costs one pass, not one per phrase.
        var present = words.ToHashSet(StringComparer.Ordinal);
        foreach (var (phrase, position) in _ordinals)
        {
            if (phrase.Length > 0 && !present.Contains(phrase[0])) continue;
            if (WordPhrase.Anywhere(words, phrase)) return position;
        }
        return null;
    }

    static bool StartsWith(IReadOnlyList<string> words, string[] phrase) => WordPhrase.At(words, 0, phrase);
}
