using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram;

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
