using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>
/// setWebhook: from now on updates are POSTed to the URL (see Webhooks.WebhookDeliverer), getUpdates meets 409
/// Conflict, and a long poll in progress ends the way Telegram ends it ("terminated by setWebhook request"). An empty
/// URL removes the webhook. Unlike Telegram, plain http is accepted for a loopback host, so tests need no certificate.
/// </summary>
internal sealed partial class SetWebhookMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "setWebhook";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var url = call.String("url");
        if (!string.IsNullOrEmpty(url))
        {
            CheckUrl(url);
        }

        var secret = call.String("secret_token");
        if (!string.IsNullOrEmpty(secret) && !SecretToken().IsMatch(secret))
        {
            throw BotApiException.BadRequest("secret token contains unallowed characters");
        }

        if (call.Bool("drop_pending_updates"))
        {
            state.Updates.DropAll();
        }

        // As in the Bot API, allowed_updates left out keeps the previous setting.
        var allowed = AllowedUpdatesReader.Read(call);
        if (allowed is not null)
        {
            state.Updates.SetAllowedTypes(allowed);
        }

        state.Webhook.Set(url, secret, allowed ?? state.Webhook.AllowedUpdates);
        state.Updates.Changed.Pulse();
        return Task.FromResult<JsonNode?>(true);
    }

    private static void CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            throw BotApiException.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();
}
