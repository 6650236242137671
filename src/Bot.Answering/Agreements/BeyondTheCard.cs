using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// "What centre did the partnership agreement of October 2018 create?": a question that finds an agreement but asks about
/// something its record does not show (the centre, what it creates) is answered by the sentence that tells of it, not by
/// the record's line. Words of the record (title, parties, place), of agreements and signing, of its domain and its time
/// are what finds it; any other word is what the question asks about it.
/// </summary>
public static class BeyondTheCard
{
    public static bool Asks(Question q, IReadOnlyList<Agreement> shown)
    {
        if (shown.Count == 0 || AsksForAgreements(q.Text)) return false;
        var card = shown.SelectMany(a => Tokenizer.Words(string.Join(' ', [a.Title, a.Place ?? "", .. a.Parties.Select(p => p.Name)])))
            .SelectMany(AliasKeys.ForText).ToHashSet(StringComparer.Ordinal);
        return q.Units.Take(q.OwnUnits > 0 ? q.OwnUnits : q.Units.Count).Any(u => !u.IsEntity && !card.Overlaps(u.Keys) && !FindsTheAgreement(u.Label));
    }

    /// <summary>"Какие документы подписали во время визита…", "Перечисли документы…": a which-question (or a list imperative) about documents asks for the agreements themselves.</summary>
    internal static bool AsksForAgreements(string question) => AsksFor(question, w => AgreementVocabulary.IsDocumentWord(w) || FindsTheAgreement(w));

    /// <summary>
    /// "List the documents exchanged…", "Какие документы…": the which-noun (or the noun of a list imperative) is a word for
    /// documents itself — not a word that only finds one ("which city", "which year").
    /// </summary>
    internal static bool AsksForDocuments(string question) => AsksFor(question, AgreementVocabulary.IsDocumentWord);

    static bool AsksFor(string question, Func<string, bool> noun)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(question)).ToList();
        // The first word no stopword at or after each position, found in one pass from the end: "which which which …"
        // (100,000 characters of it) would otherwise look past every "which" for its noun, once per "which".
        var nouns = new int[words.Count + 1];
        nouns[words.Count] = -1;
        for (var i = words.Count - 1; i >= 0; i--) nouns[i] = Lexicon.DomainLexicon.Default.IsStopword(words[i]) ? nouns[i + 1] : i;
        var read = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (!AnswerTypeCues.Default.WhichWords.Contains(words[i])) continue;
            // Which-words before one noun share it: it is read once.
            if (nouns[i + 1] is var at && (at < 0 || at == read)) continue;
            read = at;
            if (noun(words[at])) return true;
        }
        // "Перечисли документы, подписанные…", "List the agreements…", "… қол қойылған құжаттарды атаңыз": the noun after the
        // imperative (before it in Kazakh) as after "which".
        if (AnswerTypeCues.Default.ListImperative(words) is { } imperative)
        {
            var reach = imperative.Start == 0 ? words.Skip(imperative.Length) : words.Take(imperative.Start).Reverse();
            var listed = reach.FirstOrDefault(w => !Lexicon.DomainLexicon.Default.IsStopword(w));
            if (listed is not null && noun(listed)) return true;
        }
        return false;
    }

    // The lexicon's concepts of documents and signing: "agreements", "меморандумы", "подписали" find the record too.
    internal static readonly HashSet<string> DocumentConcepts = new(["agreement", "memorandum", "protocol", "document", "sign"], StringComparer.Ordinal);

    static bool FindsTheAgreement(string word) =>
        Passages.TimeWords.IsTime(word) || word.Any(char.IsDigit)
        || Lexicon.DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(word)).Any(DocumentConcepts.Contains)
        || AgreementVocabulary.Signing.IsMatch(word) || AgreementVocabulary.Kinds.Any(k => k.Pattern.IsMatch(word))
        || AgreementVocabulary.Domains.Any(d => d.Pattern.IsMatch(word));
}
