using System.Diagnostics.Metrics;
using Bot.Knowledge.Alerts;
using Bot.Knowledge.Observability;
using Bot.Telegram.Alerts;

namespace Bot.Observability;

/// <summary>
/// Alert delivery as /metrics shows it: sends by outcome from the delivery worker's own tally, and the outbox backlog
/// read from the store at each scrape. On a meter of this host's (IMeterFactory), so it goes with the host.
/// </summary>
public sealed class AlertMetrics
{
    public AlertMetrics(IMeterFactory meters, DeliveryStats stats, AlertOutbox outbox)
    {
        var meter = meters.Create(BotMetrics.MeterName);
        meter.CreateObservableCounter("bot.alerts", () => new[]
        {
            Outcome(stats.Sent, "sent"), Outcome(stats.Retried, "retried"), Outcome(stats.Failed, "dead"), Outcome(stats.RateLimited, "rate_limited"),
        }, description: "Alert sends, by outcome");
        meter.CreateObservableGauge("bot.alerts.backlog", () => outbox.Backlog(), description: "Alerts waiting in the outbox");
    }

    static Measurement<long> Outcome(long value, string outcome) => new(value, new KeyValuePair<string, object?>("outcome", outcome));
}
