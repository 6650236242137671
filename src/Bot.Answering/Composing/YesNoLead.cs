using Bot.Answering.Agreements;
using Bot.Answering.Localization;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Composing;

/// <summary>
/// "Was the tourism memorandum signed?", "Подписано ли соглашение …?", "… қол қойылды ма?": a yes/no question on a signing
/// is answered yes or no in its first line, then with the evidence — a quoted sentence or a record alone leaves the reader
/// to work the answer out. "No" only where the quoted text says the document is not (yet) signed; "yes" only where every
/// record shown is dated as signed. Anything else keeps its own first line: the evidence says what it says.
/// </summary>
public static class YesNoLead
{
    /// <param name="signed">Whether a stored agreement shown by the answer is recorded as signed.</param>
    public static Answer Apply(Answer answer, Question q, Func<long, bool> signed)
    {
        if (answer.Kind is AnswerKind.NotFound or AnswerKind.Refused or AnswerKind.Figure || !WhetherSigned.Asks(q)) return answer;
        string? key = null;
        if (WhetherSigned.ToldUnsigned(answer)) key = "yes_no_not_signed";
        else if (answer.Kind == AnswerKind.Agreements && answer.Focus.Agreements.Count > 0 && answer.Focus.Agreements.All(signed)) key = "yes_no_signed";
        return key is null ? answer : answer with { Text = Texts.Get(answer.Lang, key) + "\n" + answer.Text };
    }
}
