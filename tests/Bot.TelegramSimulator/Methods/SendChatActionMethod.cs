using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>sendChatAction ("typing" and the like); an action Telegram does not know is refused.</summary>
internal sealed class SendChatActionMethod(SimulatorState state) : IBotApiMethod
{
    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    };

    public string Name => "sendChatAction";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var action = call.String("action");
        if (action is null || !Actions.Contains(action))
        {
            throw BotApiException.BadRequest("wrong parameter action in request");
        }

        state.Journal.ChatActions.Add(new SentChatAction(chat.Id, action, call.Int("message_thread_id"), state.Clock.GetUtcNow()));
        return Task.FromResult<JsonNode?>(true);
    }
}
