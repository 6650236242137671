using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>
/// getUpdates with Telegram's long polling: confirm below offset, then return what is pending, or wait up to timeout
/// seconds for the first injected update. A newer poll or a setWebhook ends a waiting poll with 409 Conflict.
/// </summary>
internal sealed class GetUpdatesMethod(SimulatorState state) : IBotApiMethod
{
    private static readonly SimulatedError WebhookActive =
        new(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");

    private static readonly SimulatedError TerminatedByWebhook = new(409, "Conflict: terminated by setWebhook request");

    private static readonly SimulatedError TerminatedByOtherPoll =
        new(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public string Name => "getUpdates";

    public async Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        if (state.Webhook.Url is not null)
        {
            throw new BotApiException(WebhookActive);
        }

        var limit = Math.Clamp(call.Int("limit") ?? 100, 1, 100);
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(Math.Max(0, call.Int("timeout") ?? 0));
        state.Updates.Confirm(call.Int("offset") ?? 0);
        if (AllowedUpdatesReader.Read(call) is { } allowed)
        {
            state.Updates.SetAllowedTypes(allowed);
        }

        var poll = state.Updates.BeginPoll();
        while (true)
        {
            var pulse = state.Updates.Changed.Current;
            if (state.Webhook.Url is not null)
            {
                throw new BotApiException(TerminatedByWebhook);
            }

            if (!state.Updates.IsLatestPoll(poll))
            {
                throw new BotApiException(TerminatedByOtherPoll);
            }

            var updates = state.Updates.Peek(limit);
            if (updates.Count > 0 || !await ChangeSignal.WaitAsync(pulse, deadline - DateTimeOffset.UtcNow, cancellationToken))
            {
                return new JsonArray([.. updates.Select(u => JsonNode.Parse(u.Json))]);
            }
        }
    }
}
