using System.Collections.Concurrent;
using System.Globalization;
using Bot.Answering.Conversation;

namespace Bot.Telegram.Conversation;

/// <summary>One conversation per chat, so "and in 2023?" follows that chat's previous question.</summary>
public sealed class ConversationStates
{
    readonly ConcurrentDictionary<long, ConversationState> _byChat = new();

    /// <summary>The key of a chat's stored history (the LLM path keeps the last turns in the store).</summary>
    public static string KeyFor(long chatId) => "tg:" + chatId.ToString(CultureInfo.InvariantCulture);

    public ConversationState For(long chatId) => _byChat.GetOrAdd(chatId, id => new ConversationState().WithKey(KeyFor(id)));

    public void Reset(long chatId) => _byChat.TryRemove(chatId, out _);
}
