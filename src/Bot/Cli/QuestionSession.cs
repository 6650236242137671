using System.Diagnostics;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Language;

namespace Bot.Cli;

/// <summary>Answers questions one after another for `ask` and `chat`, timing each and keeping the conversation when asked to.</summary>
public sealed class QuestionSession(OfflineAnswerer answerer, string? lang, bool keepContext)
{
    readonly ConversationState? _conversation = keepContext ? new ConversationState() : null;

    public (Answer Answer, double ElapsedMs) Ask(string question)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = answerer.Answer(question, LanguageChooser.Choose(lang, null, question), _conversation);
        return (answer, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public static string Format(string question, (Answer Answer, double ElapsedMs) result, bool json) =>
        json ? AnswerJson.From(question, result.Answer, result.ElapsedMs).ToJson() : AnswerPrinter.Render(result.Answer);
}
