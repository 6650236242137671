using Bot.Answering.Composing;
using Bot.Answering.Conversation;

namespace Bot.Answering;

/// <summary>The seam the chat and the CLI answer through: the offline answerer today, the Semantic Kernel path when configured.</summary>
public interface IQuestionAnswerer
{
    Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct);
}

/// <summary>The offline answerer behind the seam.</summary>
public sealed class OfflineQuestionAnswerer(OfflineAnswerer answerer) : IQuestionAnswerer
{
    public Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct) =>
        Task.FromResult(answerer.Answer(question, lang, conversation));
}
