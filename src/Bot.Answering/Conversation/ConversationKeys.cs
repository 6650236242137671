using System.Runtime.CompilerServices;

namespace Bot.Answering.Conversation;

/// <summary>
/// Which stored history a conversation has ("tg:123" for a Telegram chat), attached to its <see cref="ConversationState"/>
/// by whoever owns the chat. Attached rather than a property of the state, so the offline path's state stays as it is;
/// a conversation without a key simply has no stored history.
/// </summary>
public static class ConversationKeys
{
    static readonly ConditionalWeakTable<ConversationState, string> Keys = new();

    public static ConversationState WithKey(this ConversationState state, string key)
    {
        Keys.AddOrUpdate(state, key);
        return state;
    }

    public static string? KeyOf(ConversationState? state) =>
        state is not null && Keys.TryGetValue(state, out var key) ? key : null;
}
