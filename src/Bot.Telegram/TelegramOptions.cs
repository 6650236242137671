using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Bot.Telegram;

/// <summary>Section "Telegram". The token comes from the environment or user secrets, never from a file in the repository.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>"123456:ABC…" from @BotFather.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>A self-hosted Bot API server or a simulator; empty means api.telegram.org.</summary>
    public string ApiBaseUrl { get; set; } = "";

    public List<long> AdminIds { get; set; } = [];

    [Range(1, 1000)] public int QuestionsPerMinute { get; set; } = 20;

    [Range(1, 50)] public int LongPollSeconds { get; set; } = 25;

    /// <summary>"typing…" appears only for answers slower than this: an instant answer needs no indicator, and it costs a request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")] public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Chats answered at once; one chat's messages are always answered in order.</summary>
    [Range(1, 64)] public int MaxConcurrentChats { get; set; } = 4;

    public WebhookOptions Webhook { get; set; } = new();

    public bool HasValidToken => TokenFormat.IsValid(BotToken);
}

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

/// <summary>Section "Alerts": delivery pacing within Telegram's limits.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    [Range(1, 1000)] public int GlobalPerSecond { get; set; } = 25;

    /// <summary>Share of GlobalPerSecond kept in reserve so that timing jitter never crosses Telegram's limit.</summary>
    [Range(0.0, 0.5)] public double PacingMargin { get; set; } = 0.02;

    /// <summary>Requests in flight at once; loopback or a nearby Bot API server needs a few to reach the global rate.</summary>
    [Range(1, 256)] public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Minimum gap between two alerts to one private chat (Telegram allows about one a second).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")] public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1.05);

    /// <summary>Minimum gap between two alerts to one group (20 a minute).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")] public TimeSpan PerGroupInterval { get; set; } = TimeSpan.FromSeconds(3.1);

    /// <summary>How often the outbox is checked for alerts another process (a CLI `ingest`) queued.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")] public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed attempts (5xx, timeouts) before an alert is given up and recorded as dead.</summary>
    [Range(1, 100)] public int MaxAttempts { get; set; } = 8;

    /// <summary>One request's limit; an in-flight send is allowed to finish when the host stops.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")] public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
