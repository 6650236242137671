using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>deleteMessage of any message the simulator knows in that chat.</summary>
internal sealed class DeleteMessageMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "deleteMessage";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var messageId = call.Int("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        if (!state.Messages.Remove(chat.Id, messageId))
        {
            throw BotApiException.BadRequest("message to delete not found");
        }

        state.Journal.Deletions.Add(new DeletedMessage(chat.Id, messageId, state.Clock.GetUtcNow()));
        return Task.FromResult<JsonNode?>(true);
    }
}
