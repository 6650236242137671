using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getWebhookInfo; an empty url means long polling, as in the Bot API.</summary>
internal sealed class GetWebhookInfoMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getWebhookInfo";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var info = new JsonObject
        {
            ["url"] = state.Webhook.Url ?? string.Empty,
            ["has_custom_certificate"] = false,
            ["pending_update_count"] = state.Updates.PendingCount,
        };
        if (state.Webhook.Url is not null)
        {
            info["max_connections"] = 1;
            if (state.Webhook.AllowedUpdates.Count > 0)
            {
                info["allowed_updates"] = new JsonArray([.. state.Webhook.AllowedUpdates.Select(t => JsonValue.Create(t))]);
            }

            if (state.Webhook.LastError is { } error)
            {
                info["last_error_date"] = error.At.ToUnixTimeSeconds();
                info["last_error_message"] = error.Message;
            }
        }

        return Task.FromResult<JsonNode?>(info);
    }
}
