using System.Globalization;
using Bot.Answering.Conversation;
using Bot.Knowledge.Conversations;

namespace Bot.Telegram.Conversation;

/// <summary>
/// A chat's conversation, so "and in 2023?" follows that chat's previous question. Nothing is held here: each message
/// gets a state keyed by its chat, and what the chat remembers lives in the store (it survives a restart).
/// </summary>
public sealed class ConversationStates(ConversationMemoryStore memories)
{
    /// <summary>The key of a chat's stored memory and history.</summary>
    public static string KeyFor(long chatId) => "tg:" + chatId.ToString(CultureInfo.InvariantCulture);

    public static ConversationState For(long chatId) => new(KeyFor(chatId));

    /// <summary>/new: what the chat remembers for follow-ups is forgotten.</summary>
    public void Reset(long chatId) => memories.Clear(KeyFor(chatId));
}
