using System.Collections.Concurrent;
using Bot.Answering.Conversation;

namespace Bot.Telegram.Conversation;

/// <summary>One conversation per chat, so "and in 2023?" follows that chat's previous question.</summary>
public sealed class ConversationStates
{
    readonly ConcurrentDictionary<long, ConversationState> _byChat = new();

    public ConversationState For(long chatId) => _byChat.GetOrAdd(chatId, _ => new ConversationState());

    public void Reset(long chatId) => _byChat.TryRemove(chatId, out _);
}
