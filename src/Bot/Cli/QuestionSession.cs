using System.Diagnostics;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Language;
using Bot.Knowledge.Text;

namespace Bot.Cli;

/// <summary>Answers questions one after another for `ask` and `chat`, timing each and keeping the conversation when asked to.</summary>
public sealed class QuestionSession(IQuestionAnswerer answerer, string? lang, bool keepContext)
{
    // A console conversation has its own history key, so the LLM path can condense its follow-ups like a chat's.
    readonly ConversationState? _conversation = keepContext ? new ConversationState($"cli:{Guid.NewGuid():N}") : null;

    /// <summary>The key of this session's stored history, or null when it keeps no context.</summary>
    public string? ConversationKey => _conversation?.Key;

    public async Task<(Answer Answer, double ElapsedMs)> AskAsync(string question, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        question = TextSanitizer.CleanQuestion(question);
        var answer = await answerer.AnswerAsync(question, LanguageChooser.Choose(lang, null, question), _conversation, ct);
        return (answer, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public static string Format(string question, (Answer Answer, double ElapsedMs) result, bool json) =>
        json ? AnswerJson.From(TextSanitizer.CleanQuestion(question), result.Answer, result.ElapsedMs).ToJson() : AnswerPrinter.Render(result.Answer);
}
