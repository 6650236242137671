using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// Who said what (Reading/speakers.json). "What figure did Radev give at the briefing" asks for Radev's words: a figure
/// Tokayev gave in the same transcript, or a statistics table, is no answer. A paragraph opening with a turn label
/// ("ТОКАЕВ: …", "A: …") is that speaker's turn, every sentence of it; a paragraph without one is the words of the
/// person it or the sentence names.
/// </summary>
public sealed class Speakers
{
    public static Speakers Default { get; } = new(EmbeddedJson.Load<SpeakerFile>("speakers.json"));

    /// <summary>What opens a paragraph: no turn label, a speaker's name, an interviewer's question or an interviewee's answer.</summary>
    public enum TurnKind { None, Named, Question, Answer }

    sealed record SpeakerFile(
        Dictionary<string, List<string>> Speech,
        Dictionary<string, List<string>> Companions,
        [property: System.Text.Json.Serialization.JsonPropertyName("companion_endings")] List<string> CompanionEndings,
        [property: System.Text.Json.Serialization.JsonPropertyName("question_labels")] List<string> QuestionLabels,
        [property: System.Text.Json.Serialization.JsonPropertyName("answer_labels")] List<string> AnswerLabels);

    readonly List<string[]> _speech;
    readonly HashSet<string> _companions;
    readonly List<string> _companionEndings;
    readonly HashSet<string> _questionLabels;
    readonly HashSet<string> _answerLabels;

    Speakers(SpeakerFile file)
    {
        _speech = file.Speech.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();
        _companions = file.Companions.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _companionEndings = file.CompanionEndings.Select(TextNormalizer.Fold).OrderByDescending(e => e.Length).ToList();
        _questionLabels = file.QuestionLabels.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _answerLabels = file.AnswerLabels.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    // A turn label is a name or a role, a few words before a colon at the very start of the paragraph.
    const int MaxLabelChars = 48;
    const int MaxLabelWords = 4;
    // A speech word this many words from a person's name says that one spoke ("did Radev give", "назвал Токаев").
    const int SpeechReach = 2;

    /// <summary>
    /// The people a question asks the words of: those it names beside a speech word, else every person it names but
    /// one the speaker was with ("с Радевым"); none when it asks of no one's words.
    /// </summary>
    public IReadOnlyList<QueryUnit> Asked(string text, IReadOnlyList<QueryUnit> units)
    {
        var people = units.Where(u => u.IsPerson).ToList();
        if (people.Count == 0) return [];
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        var speech = new List<int>();
        for (var i = 0; i < words.Count; i++)
            if (_speech.Any(p => WordPhrase.At(words, i, p))) speech.Add(i);
        if (speech.Count == 0) return [];
        var named = people.Select(p => (Person: p, At: words.FindIndex(w => p.Keys.Overlaps(AliasKeys.ForText(w)) || p.Keys.Overlaps(AliasKeys.ForSpans(w)))))
            .Where(p => p.At >= 0 && !WithCompanion(words, p.At)).ToList();
        var beside = named.Where(p => speech.Any(s => Math.Abs(s - p.At) <= SpeechReach)).Select(p => p.Person).ToList();
        return beside.Count > 0 ? beside : named.Select(p => p.Person).ToList();
    }

    bool WithCompanion(List<string> words, int at) =>
        at > 0 && _companions.Contains(words[at - 1])
        || _companionEndings.Any(e => words[at].Length > e.Length + 2 && words[at].EndsWith(e, StringComparison.Ordinal));

    /// <summary>The turn label a paragraph opens with, and what kind of turn it makes it.</summary>
    public (TurnKind Kind, string? Label) TurnOf(string paragraph)
    {
        // "— Господин посланик, …?" then "— Предложих …": an interview printed as dashed turns, the questions ending in '?'.
        if (paragraph.Length > 2 && paragraph[0] is '—' or '–' && char.IsWhiteSpace(paragraph[1]))
            return (paragraph.TrimEnd().EndsWith('?') ? TurnKind.Question : TurnKind.Answer, null);
        var colon = paragraph.IndexOf(':');
        if (colon <= 0 || colon > MaxLabelChars || colon + 1 >= paragraph.Length || !char.IsWhiteSpace(paragraph[colon + 1])) return (TurnKind.None, null);
        var label = WithoutAside(paragraph[..colon]).Trim(' ', '*', '_', '\t');
        if (label.Length == 0 || label.Any(c => char.IsDigit(c) || c is ',' or '!' or '?' or '/' or '—' or '–' or ';')) return (TurnKind.None, null);
        var words = Tokenizer.Words(label).ToList();
        if (words.Count == 0 || words.Count > MaxLabelWords) return (TurnKind.None, null);
        var folded = TextNormalizer.Fold(label);
        if (_questionLabels.Contains(folded)) return (TurnKind.Question, label);
        if (_answerLabels.Contains(folded)) return (TurnKind.Answer, label);
        var letters = label.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper)) return (TurnKind.Named, label);
        // "Лиляна Павлова: …": a name, not a caption's label ("Photo: …", "Source: …").
        var lang = LanguageGuess.Of(label);
        return PersonFinder.Find(TokenList.Of(label), lang, [], new HashSet<string>(StringComparer.Ordinal)).Count > 0 ? (TurnKind.Named, label) : (TurnKind.None, null);
    }

    /// <summary>"ВОПРОС (казахстанское телевидение)": the aside says whose question, the label what it is.</summary>
    static string WithoutAside(string label)
    {
        var open = label.IndexOf('(');
        return open > 0 ? label[..open] : label;
    }

    /// <summary>
    /// The window is the words of one the question asks the words of: its turn is theirs, or, in no one's turn, it or the
    /// text around it names them. An interviewer's question is nobody's answer; an answer is the interviewee's, whom the
    /// document names somewhere (its lead: "Interview with Lilyana Pavlova"); so is a sentence giving the words of someone
    /// it names only by post or a speech word ("Президенттің сөзінше") in a document that names them.
    /// </summary>
    /// <param name="naming">The documents, of those the evidence comes from, that name one the question asks the words of.</param>
    public bool Hold(Question q, EvidenceWindow w, WindowUnits units, IReadOnlySet<long> naming)
    {
        if (q.Speakers.Count == 0) return true;
        var (kind, label) = TurnOf(w.Passage.Text);
        switch (kind)
        {
            case TurnKind.Question:
                return false;
            case TurnKind.Named:
                var keys = AliasKeys.ForText(label!);
                keys.UnionWith(Tokenizer.Words(label!).SelectMany(AliasKeys.ForSpans));
                return q.Speakers.Any(s => s.Keys.Overlaps(keys));
        }
        var named = naming.Contains(w.Source.DocumentId);
        if (kind == TurnKind.Answer) return named;
        if ((units.Any & Bits(q)) != 0) return true;
        return named && Reports(w.Sentence);
    }

    /// <summary>The sentence gives someone's words: a speech word ("сөзінше", "said") or a person's post ("the President").</summary>
    bool Reports(string sentence)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        for (var i = 0; i < words.Count; i++)
            if (_speech.Any(p => WordPhrase.At(words, i, p)) || DomainLexicon.Default.ConceptsOfWord(words[i]).Any(PersonPosts.Contains)) return true;
        return false;
    }

    static readonly IReadOnlySet<string> PersonPosts = AnswerTypeCues.Default.HeadTypes.Where(h => h.Value == AnswerType.Person)
        .Select(h => h.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every key the people a question asks the words of are written by, to find the documents that name them.</summary>
    public static IEnumerable<string> KeysOf(Question q) => q.Speakers.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The bits of the question's units that are people it asks the words of.</summary>
    public static ulong Bits(Question q)
    {
        ulong bits = 0;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Speakers.Contains(q.Units[i])) bits |= 1UL << i;
        return bits;
    }
}
