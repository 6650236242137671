using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// Who said what (Reading/speakers.json). "What figure did Radev give at the briefing" asks for Radev's words: a figure
/// Tokayev gave in the same transcript, or a statistics table, is no answer. A paragraph opening with a turn label
/// ("ТОКАЕВ: …", "A: …") is that speaker's turn, every sentence of it; a paragraph without one is the words of the
/// person it or the sentence names.
/// </summary>
public sealed partial class Speakers
{
    public static Speakers Default { get; } = new(EmbeddedJson.Load<SpeakerFile>("speakers.json"));

    /// <summary>What opens a paragraph: no turn label, a speaker's name, an interviewer's question or an interviewee's answer.</summary>
    public enum TurnKind { None, Named, Question, Answer }

    sealed record SpeakerFile(
        Dictionary<string, List<string>> Speech,
        Dictionary<string, List<string>> Source,
        [property: System.Text.Json.Serialization.JsonPropertyName("source_before")] Dictionary<string, List<string>> SourceBefore,
        [property: System.Text.Json.Serialization.JsonPropertyName("question_labels")] List<string> QuestionLabels,
        [property: System.Text.Json.Serialization.JsonPropertyName("answer_labels")] List<string> AnswerLabels,
        Dictionary<string, List<string>> Interview,
        [property: System.Text.Json.Serialization.JsonPropertyName("reported_opening")] Dictionary<string, List<string>> ReportedOpening,
        [property: System.Text.Json.Serialization.JsonPropertyName("reported_closing")] Dictionary<string, List<string>> ReportedClosing);

    readonly List<string[]> _speech;
    readonly List<string[]> _interview;
    readonly List<string[]> _source;
    readonly List<string[]> _sourceBefore;
    readonly HashSet<string> _sourceWords;
    readonly HashSet<string> _questionLabels;
    readonly HashSet<string> _answerLabels;
    readonly HashSet<string> _reportedOpening;
    readonly HashSet<string> _reportedClosing;

    Speakers(SpeakerFile file)
    {
        // A phrase a name follows ("according to") is no word the name may stand on either side of.
        var before = file.SourceBefore.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        _source = Phrases(file.Source.Values.SelectMany(v => v).Concat(file.Speech.Values.SelectMany(v => v)).Where(p => !before.Contains(p)));
        _sourceBefore = Phrases(file.SourceBefore.Values.SelectMany(v => v));
        _sourceWords = file.Source.Values.SelectMany(v => v).Select(TextNormalizer.Fold).Where(w => !w.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        _speech = Phrases(file.Speech.Values.SelectMany(v => v));
        _interview = Phrases(file.Interview.Values.SelectMany(v => v));
        _questionLabels = file.QuestionLabels.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _answerLabels = file.AnswerLabels.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _reportedOpening = file.ReportedOpening.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _reportedClosing = file.ReportedClosing.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    static List<string[]> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();

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
        var interviews = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (_speech.Any(p => WordPhrase.At(words, i, p))) speech.Add(i);
            if (_interview.Any(p => WordPhrase.At(words, i, p))) interviews.Add(i);
        }
        if (speech.Count == 0) return [];
        // "according to the interview with Dimitrov", "в интервью с Димитровым", "Димитровпен сұхбатында": the one an
        // interview is with is the one who speaks in it, not a companion of the speaker.
        bool Interviewed(int at) => interviews.Any(s => Math.Abs(s - at) <= SpeechReach);
        var named = people.Select(p => (Person: p, At: words.FindIndex(w => p.Keys.Overlaps(AliasKeys.ForText(w)) || p.Keys.Overlaps(AliasKeys.ForSpans(w)))))
            .Where(p => p.At >= 0 && (!AnswerTypeCues.Default.WithCompanion(words, p.At) || Interviewed(p.At))).ToList();
        var beside = named.Where(p => speech.Concat(interviews).Any(s => Math.Abs(s - p.At) <= SpeechReach)).Select(p => p.Person).ToList();
        return beside.Count > 0 ? beside : named.Select(p => p.Person).ToList();
    }

    /// <summary>
    /// The sources a question asks of: a name that is no person, place or country, written as a name (capitalised, or
    /// letters all capitals: "BNR"), beside a speech or source word ("according to BNR", "BNR мақаласы бойынша").
    /// </summary>
    public IReadOnlyList<QueryUnit> AskedSources(string text, IReadOnlyList<QueryUnit> units, IReadOnlyList<Bot.Knowledge.Entities.EntityMatch> entities)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        var beside = new List<int>();
        var after = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (_source.Any(p => WordPhrase.At(words, i, p))) beside.Add(i);
            if (_sourceBefore.FirstOrDefault(p => WordPhrase.At(words, i, p)) is { } phrase) after.Add(i + phrase.Length);
        }
        if (beside.Count == 0 && after.Count == 0) return [];
        var found = new List<QueryUnit>();
        foreach (var unit in units)
        {
            if (unit.IsPerson || unit.Label.Length < 2 || !char.IsUpper(unit.Label[0]) || Passages.TimeWords.IsTime(unit.Label)) continue;
            if (unit.IsEntity && entities.Any(e => e.Entity.Name == unit.Label && e.Entity.Type is "person" or "city" or "region" or "place" or "country")) continue;
            if (CountryPlace.CountriesIn(unit.Label).Count > 0) continue;
            var at = words.IndexOf(TextNormalizer.Fold(unit.Label));
            // "according to BNR": the name follows; "BNR мақаласы", "статията на БНР": it stands beside the noun.
            if (at >= 0 && (after.Any(a => at >= a && at - a < SpeechReach) || beside.Any(c => Math.Abs(c - at) <= SpeechReach))) found.Add(unit);
        }
        return found;
    }

    /// <summary>
    /// The document is of the source the question asks of: a word of its address is the source's name ("bnr" in
    /// img.bnr.bg), or its text names it (<paramref name="naming"/>).
    /// </summary>
    public static bool FromSource(Question q, EvidenceWindow w, IReadOnlySet<long> naming)
    {
        if (q.Sources.Count == 0 || naming.Contains(w.Source.DocumentId)) return true;
        // "БНР" spelled out: "по оценке Болгарского национального радио".
        if (q.Sources.Any(s => SpelledOut(w.Passage.Text, s.Label) || SpelledOut(w.Title, s.Label))) return true;
        if (w.Source.Url is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out var address)) return false;
        var labels = address.Host.Split('.');
        // "БНР" is "bnr" in an address.
        return q.Sources.Select(s => TextNormalizer.Fold(s.Label)).Any(name => labels.Contains(name, StringComparer.Ordinal)
            || TextNormalizer.IsCyrillic(name) && labels.Contains(Transliterator.ToLatin(name), StringComparer.Ordinal));
    }

    /// <summary>
    /// The text names the source by the words its letters stand for ("BNR": "Bulgarian National Radio", "БНР":
    /// "Болгарского национального радио"), the first of them capitalised.
    /// </summary>
    static bool SpelledOut(string text, string acronym)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper)) return false;
        var letters = TextNormalizer.Fold(acronym);
        var words = Tokenizer.Words(text).ToList();
        for (var i = 0; i + letters.Length <= words.Count; i++)
        {
            if (!char.IsUpper(words[i][0])) continue;
            var j = 0;
            while (j < letters.Length && TextNormalizer.Fold(words[i + j][..1]) is { Length: > 0 } initial && initial[0] == letters[j]) j++;
            if (j == letters.Length) return true;
        }
        return false;
    }

    /// <summary>
    /// An interviewer's question or an interviewee's answer, or neither, without looking for a speaker's name: cheap
    /// enough for every passage read. "— Откога съществува Центърът?" then "— От март 2015 г.": the answer's subject
    /// is only in the question, so the two are read as one.
    /// </summary>
    public TurnKind InterviewTurnOf(string paragraph)
    {
        if (Dashed(paragraph) is { } dashed) return dashed;
        if (LabelOf(paragraph) is not { } label) return TurnKind.None;
        var folded = TextNormalizer.Fold(label);
        return _questionLabels.Contains(folded) ? TurnKind.Question : _answerLabels.Contains(folded) ? TurnKind.Answer : TurnKind.None;
    }

    /// <summary>
    /// Whether a sentence or line ends asking ("— When was it ratified?", "**Who heads the section?**"): emphasis marks
    /// and spaces after the question mark do not hide it. A question tells what its answer is of, never a fact itself.
    /// </summary>
    public static bool EndsAsking(string text) => text.TrimEnd(' ', '*', '_', '\u00A0', '\n').EndsWith('?');

    /// <summary>
    /// A question standing as a paragraph of its own, with no turn label: an FAQ's heading ("Кой ръководи консулската
    /// служба?", "Who heads the consular section?") or a transcript's question printed bare. The paragraph after it, when
    /// it asks nothing itself, is its answer: the answer's subject is often only in the question.
    /// </summary>
    public static bool IsBareQuestion(string paragraph)
    {
        if (paragraph.Length > MaxBareQuestionChars || paragraph.Contains('\n')) return false;
        var text = paragraph.Trim().Trim('*', '_', '#', ' ', '\t');
        if (!text.EndsWith('?') || LabelOf(paragraph) is not null || Dashed(paragraph) is not null) return false;
        // "3. How long does a visa take?", "Q3." — a number or a short mark may stand before it; a statement may not
        // ("Trade grew 5%. Why?" tells the growth).
        var sentences = SentenceSplitter.Split(text);
        return sentences.Count > 0 && sentences.Take(sentences.Count - 1).All(x => x.Length <= MaxQuestionMarkChars);
    }

    const int MaxBareQuestionChars = 300;
    const int MaxQuestionMarkChars = 8;

    // "— Господин посланик, …?" then "— Предложих …": an interview printed as dashed turns, the questions ending in '?'.
    static TurnKind? Dashed(string paragraph)
    {
        var text = paragraph.TrimStart('*', '_', ' ');
        return text.Length > 2 && text[0] is '—' or '–' && char.IsWhiteSpace(text[1])
            ? text.TrimEnd('*', '_', ' ', '\n', '\r').EndsWith('?') ? TurnKind.Question : TurnKind.Answer
            : null;
    }

    // A turn label: a few words before a colon at the very start of the paragraph, no digits or sentence marks in them.
    static string? LabelOf(string paragraph)
    {
        var colon = paragraph.IndexOf(':');
        if (colon <= 0 || colon > MaxLabelChars || colon + 1 >= paragraph.Length || !char.IsWhiteSpace(paragraph[colon + 1])) return null;
        var label = WithoutAside(paragraph[..colon]).Trim(' ', '*', '_', '\t');
        if (label.Length == 0 || label.Any(c => char.IsDigit(c) || c is ',' or '!' or '?' or '/' or '—' or '–' or ';')) return null;
        var words = Tokenizer.Words(label).ToList();
        return words.Count == 0 || words.Count > MaxLabelWords ? null : label;
    }

    /// <summary>The turn label a paragraph opens with, and what kind of turn it makes it.</summary>
    public (TurnKind Kind, string? Label) TurnOf(string paragraph)
    {
        if (Dashed(paragraph) is { } dashed) return (dashed, null);
        if (LabelOf(paragraph) is not { } label) return (TurnKind.None, null);
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

    static IReadOnlySet<string> PersonPosts => AnswerTypeCues.Default.PersonHeads;

    /// <summary>Every key the people a question asks the words of are written by, to find the documents that name them.</summary>
    public static IEnumerable<string> KeysOf(Question q) => q.Speakers.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The bits of the units that say which source the question asks of: the source's name and the word that calls it one
    /// ("BNR", "мақаласы"). A document of that source holds them, whatever its sentences say.
    /// </summary>
    public ulong SourceBits(Question q)
    {
        if (q.Sources.Count == 0) return 0;
        ulong bits = 0;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Sources.Contains(q.Units[i]) || !q.Units[i].IsEntity && _sourceWords.Contains(TextNormalizer.Fold(q.Units[i].Label))) bits |= 1UL << i;
        return bits;
    }

    /// <summary>Every key the sources a question asks of are written by.</summary>
    public static IEnumerable<string> SourceKeysOf(Question q) => q.Sources.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The bits of the question's units that are people it asks the words of.</summary>
    public static ulong Bits(Question q)
    {
        ulong bits = 0;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Speakers.Contains(q.Units[i])) bits |= 1UL << i;
        return bits;
    }
}
