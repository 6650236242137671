using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>The chat a call addresses, after the blocked and migrated checks every chat-bound method meets.</summary>
internal static class ChatTarget
{
    public static ChatInfo Resolve(SimulatorState state, MethodCall call)
    {
        var raw = call.String("chat_id");
        if (string.IsNullOrEmpty(raw))
        {
            throw BotApiException.BadRequest("chat_id is empty");
        }

        // "@channelname" ids exist in the Bot API, but the simulator only knows chats by number.
        var chatId = call.Long("chat_id") ?? throw BotApiException.BadRequest("chat not found");
        var chat = state.Chats.Get(chatId);
        if (state.Faults.CheckChat(chatId, chat.Type) is { } refusal)
        {
            throw new BotApiException(refusal);
        }

        return chat;
    }

    /// <summary>Applies the flood limits (when switched on) to a call that posts a new message.</summary>
    public static void AcquireSend(SimulatorState state, ChatInfo chat)
    {
        if (state.Faults.TryAcquireSend(chat.Id, chat.IsPrivate, state.Clock.GetUtcNow()) is { } flood)
        {
            throw new BotApiException(flood);
        }
    }
}
