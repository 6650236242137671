using Bot.Answering.Understanding;

namespace Bot.Answering.Conversation;

/// <summary>
/// One conversation: its key in the store ("tg:123" for a Telegram chat, "cli:…" for a console session; null for one
/// that keeps nothing), the last question as understood, and what it remembers for follow-ups. A keyed conversation is
/// loaded from the store when this object is new (after a restart) and saved after every answer.
/// </summary>
public sealed class ConversationState(string? key = null)
{
    public string? Key { get; } = key;

    public Question? Previous { get; set; }

    public ConversationMemory? Memory { get; set; }
}
