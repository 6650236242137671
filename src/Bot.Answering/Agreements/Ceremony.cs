using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// "Which documents were exchanged in the presence of the two presidents?": how the documents changed hands, and who
/// stood by, say nothing of what any of them is about. A card that happens to name a president ("Academy … under the
/// President") is no better an answer than the other documents of that signing (answer-types.json "ceremony").
/// </summary>
public static class Ceremony
{
    /// <summary>
    /// The subject words less the ceremony's, and less the posts of those present when the question tells of a ceremony;
    /// a question listing documents (<paramref name="lists"/>) holds no word of their occasion ("visit", "talks") either.
    /// </summary>
    public static List<QueryUnit> Without(List<QueryUnit> subject, bool lists)
    {
        if (lists) subject = subject.Where(u => !TellsOccasion(u.Label)).ToList();
        var ceremony = subject.Where(u => Has(u, AnswerTypeCues.Default.Ceremony)).ToList();
        if (ceremony.Count == 0) return subject;
        return subject.Where(u => !ceremony.Contains(u) && !Has(u, AnswerTypeCues.Default.PersonHeads)).ToList();
    }

    /// <summary>Whether a word of a question tells the occasion of a signing ("presence", "presidents", "визита"), not what was signed.</summary>
    static bool TellsOccasion(string word) => AnswerTypeCues.Default.Occasion.First(TokenList.Of(word)) is not null;

    static bool Has(QueryUnit u, IReadOnlySet<string> concepts) =>
        DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(u.Label)).Any(concepts.Contains);

    /// <summary>
    /// "Documents exchanged in the presence of the presidents", "List the documents signed during the visit": documents
    /// changing hands at a ceremony, or the documents a which-question or list imperative asks for, are signed documents.
    /// </summary>
    /// <param name="question">The question as asked.</param>
    /// <param name="words">The question's words, folded.</param>
    public static bool AsksForDocuments(string question, IReadOnlyList<string> words) => Tells(words) || BeyondTheCard.AsksForDocuments(question);

    static bool Tells(IReadOnlyList<string> words)
    {
        var concepts = words.SelectMany(DomainLexicon.Default.ConceptsOfWord).ToHashSet(StringComparer.Ordinal);
        return concepts.Contains("document") && concepts.Overlaps(AnswerTypeCues.Default.Ceremony);
    }
}
