using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Agreements;

/// <summary>
/// "Have ministers Gvozdeikov and Karabayev signed a memorandum on transport?", "Подписан ли меморандум?", "Меморандумға қол
/// қойылды ма?": a yes/no question on a signing. When the text that answers it says the document is still a plan, a draft or
/// not signed ("The memorandum has not yet been signed; the sides intend to …"), those words are the answer — a record of
/// another document, signed on another day, would read as "yes".
/// </summary>
public static class WhetherSigned
{
    public static bool Asks(Question q) =>
        CompoundQuestion.AsksYesOrNo(q.Text) && AgreementVocabulary.AsksOfSigning(q.Text) && !AgreementVocabulary.AsksPlannedSigning(q.Text);

    /// <summary>
    /// "When was the memorandum on maritime transport signed?", "Кога е подписан меморандумът за киното?": the date of a
    /// signing asked as done (not "when will it be signed", nor a later step).
    /// </summary>
    public static bool AsksWhen(Question q) =>
        q.Wants(AnswerType.Date) && !q.AsksAfterSigning && AgreementVocabulary.AsksOfSigning(q.Text) && !AgreementVocabulary.AsksPlannedSigning(q.Text);

    /// <summary>Whether the first sentence an answer quotes, the one read as answering, tells the signing as not done (yet).</summary>
    public static bool FirstToldUnsigned(Answer read) =>
        read.Text.Split('\n').FirstOrDefault(l => l.StartsWith('«')) is { } quoted && AgreementVocabulary.TellsUnsigned(quoted);

    /// <summary>Whether the sentences an answer quotes tell the signing as not done (yet).</summary>
    public static bool ToldUnsigned(Answer read) => AgreementVocabulary.TellsUnsigned(read.Text);
}
