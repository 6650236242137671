using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// The words of a question about one agreement that say what it is about ("port", "railway transport", "air services"):
/// not that it is an agreement, nor its signing, ratification or other dated event, nor its time or the generic words
/// every title holds ("cooperation", "field"), nor the kind of answer asked for ("which organisation").
/// </summary>
public static class AgreementTopic
{
    static readonly HashSet<string> Generic = AgreementVocabulary.GenericTitleWords.Select(w => TextNormalizer.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <param name="subject">The question's units that are no entity, number, agreement word or month.</param>
    /// <param name="q">The question: the noun after its "which" ("which organisation signed…") is the kind of answer, not the topic.</param>
    public static List<QueryUnit> Of(Question q, IReadOnlyList<QueryUnit> subject) =>
        subject.Where(u => !u.IsPerson && !u.IsName && u != q.Head && TextNormalizer.Fold(u.Label) != q.HeadWord
            && IsTopic(TextNormalizer.Fold(u.Label)) && Countries.FindIn(u.Label).Count == 0).ToList();

    // The parties' countries are who signed, not what about: a store may not hold them as entities of its own.
    static readonly EntityIndex Countries = new(Gazetteer.Places.Where(p => p.Type == "country"));

    static readonly IReadOnlyList<string> TimeUnits = AnswerTypeCues.Default.CueConcepts.GetValueOrDefault("when") ?? [];

    static bool IsTopic(string folded)
    {
        if (Generic.Contains(folded) || Passages.TimeWords.IsTime(folded) || folded.Any(char.IsDigit)) return false;
        if (AgreementVocabulary.Signing.IsMatch(folded) || AgreementVocabulary.Kinds.Any(k => k.Pattern.IsMatch(folded))) return false;
        var concepts = DomainLexicon.Default.ConceptsOfWord(folded);
        // "9 июня 2025 года": a word for a unit of time ("года", "day") dates the signing, as the year beside it does.
        return !concepts.Any(c => BeyondTheCard.DocumentConcepts.Contains(c) || AnswerTypeCues.Default.DatedEvents.Contains(c)
            || AnswerTypeCues.Default.AfterSigning.Contains(c) || TimeUnits.Contains(c));
    }
}
