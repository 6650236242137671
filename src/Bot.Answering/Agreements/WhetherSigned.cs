using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Agreements;

/// <summary>
/// "Have ministers Gvozdeikov and Karabayev signed a memorandum on transport?", "Подписан ли меморандум?", "Меморандумға қол
/// қойылды ма?": a yes/no question on a signing. When the text that answers it says the document is still a plan, a draft or
/// not signed ("The memorandum has not yet been signed; the sides intend to …"), those words are the answer — a record of
/// another document, signed on another day, would read as "yes".
/// </summary>
public static class WhetherSigned
{
    public static bool Asks(Question q) => CompoundQuestion.AsksYesOrNo(q.Text) && AsksDone(q);

    /// <summary>
    /// "А кое споразумение и този път остана неподписано?", "Which agreement was left unsigned?": the question asks for what a
    /// text tells as not signed, which the sentence saying so names; a list of the signed records would answer the opposite.
    /// </summary>
    public static bool AsksWhichUnsigned(Question q) => !CompoundQuestion.AsksYesOrNo(q.Text) && AgreementVocabulary.TellsUnsigned(q.Text);

    /// <summary>The question asks of a signing as done: it names one, and not as planned ("will be signed", "is expected to").</summary>
    public static bool AsksDone(Question q) => AgreementVocabulary.AsksOfSigning(q.Text) && !AgreementVocabulary.AsksPlannedSigning(q.Text);

    /// <summary>
    /// "When was the memorandum on maritime transport signed?", "Кога е подписан меморандумът за киното?": the date of a
    /// signing asked as done (not "when will it be signed", nor a later step).
    /// </summary>
    public static bool AsksWhen(Question q) =>
        q.Wants(AnswerType.Date) && !q.AsksAfterSigning && AsksDone(q);

    /// <summary>
    /// The day of the source whose sentence, the first an answer quotes, tells the signing as not done (yet); null when that
    /// sentence tells no such thing (or its source is undated: <paramref name="told"/> says which).
    /// </summary>
    public static DateOnly? FirstToldUnsigned(Answer read, out bool told)
    {
        told = false;
        if (read.Text.Split('\n').FirstOrDefault(l => l.StartsWith('«')) is not { } quoted || !AgreementVocabulary.TellsUnsigned(quoted)) return null;
        told = true;
        var mark = quoted.LastIndexOf("» [", StringComparison.Ordinal);
        if (mark < 0 || !int.TryParse(quoted.AsSpan(mark + 3).TrimEnd().TrimEnd(']'), out var n) || n < 1 || n > read.Citations.Count) return null;
        return read.Citations[n - 1].Date is { Length: >= 10 } date && DateOnly.TryParse(date.AsSpan(0, 10), System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : null;
    }

    /// <summary>
    /// Whether a record found for "when was it signed" is another document than the one a text says is still unsigned: it
    /// holds none of the question's topic, or holds only part of it and was signed before that text was written (a record
    /// signed after a plan may be the plan done: "expected to be signed in November", then "signed on 12 November").
    /// </summary>
    public static bool OtherThanTold((int Held, int Of) topic, Agreement record, DateOnly? toldOn) =>
        topic.Of > 0 && topic.Held < topic.Of
        && (topic.Held == 0 || toldOn is { } day && record.Signed is { } signed && signed.End < day);

    /// <summary>Whether the sentences an answer quotes tell the signing as not done (yet).</summary>
    public static bool ToldUnsigned(Answer read) => AgreementVocabulary.TellsUnsigned(read.Text);
}
