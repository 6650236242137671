using Microsoft.Extensions.Configuration;

namespace Bot.Telegram;

public sealed class WebhookOptions
{
    /// <summary>Public HTTPS URL Telegram posts updates to; empty means long polling.</summary>
    public string Url { get; set; } = "";

    /// <summary>Compared with X-Telegram-Bot-Api-Secret-Token on every request.</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Where the webhook endpoint listens, e.g. http://0.0.0.0:8443.</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:8443";

    /// <summary>Read before the host is built: whether the bot listens for a webhook decides which host it is.</summary>
    public static WebhookOptions From(IConfiguration configuration) =>
        configuration.GetSection(TelegramOptions.Section + ":Webhook").Get<WebhookOptions>() ?? new WebhookOptions();
}
