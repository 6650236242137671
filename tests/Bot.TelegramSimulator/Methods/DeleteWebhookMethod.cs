using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>deleteWebhook, dropping pending updates only when asked to; what is left waits for getUpdates.</summary>
internal sealed class DeleteWebhookMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "deleteWebhook";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        if (call.Bool("drop_pending_updates"))
        {
            state.Updates.DropAll();
        }

        state.Webhook.Set(url: null, secretToken: null, []);
        state.Updates.Changed.Pulse();
        return Task.FromResult<JsonNode?>(true);
    }
}
