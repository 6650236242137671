using Bot.Answering.Understanding;

namespace Bot.Answering.Conversation;

/// <summary>What one conversation remembers between questions: the last question that was understood.</summary>
public sealed class ConversationState
{
    public Question? Previous { get; set; }
}
