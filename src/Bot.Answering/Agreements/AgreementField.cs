using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Agreements;

/// <summary>
/// "When did the air services agreement enter into force?": a question that names an agreement by its field (air services,
/// education, ports) is about that agreement, so a sentence about an agreement of another field does not answer it, however
/// well it states an entry into force ("The agreement entered into force on 3 February 2016", told of the education
/// agreement). The field must be named in the sentence, beside it, before it in its paragraph or in the headline; the
/// fields' words are those the extractor files agreements under, in all four languages.
/// </summary>
public static class AgreementField
{
    public static bool Holds(Question q, EvidenceWindow w)
    {
        if (!q.AboutAgreements) return true;
        var asked = AgreementVocabulary.Domains.Where(d => d.Pattern.IsMatch(q.Text)).ToList();
        if (asked.Count == 0) return true;
        return new[] { w.Sentence, w.Before, w.After, w.Preceding, w.Title }.OfType<string>().Any(text => asked.Any(d => d.Pattern.IsMatch(text)));
    }
}
