using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Ратифицировать Соглашение …, совершенное в Софии 15 сентября 1999 года." in a law dated 15 May 2001: the text of an act
/// does what it says on the day the act is dated, so the ratification asked of is dated by the document — never by the
/// date the sentence gives the agreement (its signing). Only an enacting sentence (enactments.json), only of the event
/// asked, only in a document dated to the day.
/// </summary>
public static class EnactedOn
{
    sealed record EnactmentFile(Dictionary<string, List<string>> Opening, Dictionary<string, List<string>> Anywhere);

    static readonly EnactmentFile File = EmbeddedJson.Load<EnactmentFile>("enactments.json");
    static readonly HashSet<string> Opening = Folded(File.Opening);
    static readonly HashSet<string> Anywhere = Folded(File.Anywhere);

    static HashSet<string> Folded(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The sentence's first word, and the first after each full stop or colon inside it: a law's article opens with its head
    /// ("Член единствен. Ратифицира …", "Статья 1. Ратифицировать …"), read as one sentence with it.
    /// </summary>
    static IEnumerable<string> Openers(string sentence)
    {
        var position = 0;
        var opens = true;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length))
        {
            if (opens) yield return TextNormalizer.Fold(sentence.Substring(start, length));
            var next = position < sentence.Length ? sentence[position] : ' ';
            opens = next is '.' or ':';
        }
    }

    // As sure as a lead dated by its report: the act's date is stated, but not in the sentence.
    const double Confidence = 0.6;

    public static AnswerSpan? Of(EvidenceWindow w, AnswerType type, IReadOnlySet<string> asked)
    {
        if (type is not (AnswerType.Date or AnswerType.Year) || asked.Count == 0 || w.Published is not { Day: not null } dated) return null;
        var words = Tokenizer.Words(TextNormalizer.Fold(w.Sentence)).ToList();
        if (words.Count == 0) return null;
        bool Names(string word) => DomainLexicon.Default.ConceptsOfWord(word).Any(asked.Contains);
        var enacts = Openers(w.Sentence).Any(o => Opening.Contains(o) && Names(o)) || words.Exists(Anywhere.Contains) && words.Exists(Names);
        return enacts ? new AnswerSpan(type, "", 0, 0) { Date = dated, Anchor = dated, ReportDate = true, ActDate = true, Confidence = Confidence } : null;
    }
}
