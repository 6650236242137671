using System.Diagnostics.Metrics;

namespace Bot.Knowledge.Observability;

/// <summary>
/// The bot's counters, on one System.Diagnostics.Metrics meter ("Bot") that the host exports as Prometheus /metrics
/// (OpenTelemetry). Here, in the project every other one builds on, so the Telegram and Sources workers count where
/// things happen without knowing about the exporter. Static like the meter itself: instruments are process-wide.
/// </summary>
public static class BotMetrics
{
    public const string MeterName = "Bot";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Answered questions, by mode (offline, llm, fallback:reason) and answer kind.</summary>
    public static readonly Counter<long> Questions = Meter.CreateCounter<long>("bot.questions", description: "Questions answered, by mode and answer kind");

    public static readonly Counter<long> NotFound = Meter.CreateCounter<long>("bot.answers.not_found", description: "Questions the store had no sourced answer for");

    public static readonly Histogram<double> AnswerDuration = Meter.CreateHistogram("bot.answer.duration", unit: "s", description: "Time to answer a question",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 60] });

    /// <summary>Source polls, by outcome (ok, failed).</summary>
    public static readonly Counter<long> FeedPolls = Meter.CreateCounter<long>("bot.feed.polls", description: "Watched sources polled, by outcome");

    /// <summary>Documents the bot ingested, by the way they came (feed: a watched source; admin: /ingest) and outcome (ingested, skipped, failed).</summary>
    public static readonly Counter<long> Ingests = Meter.CreateCounter<long>("bot.ingest.documents", description: "Documents ingested, by way (feed, admin) and outcome");

    /// <summary>Counts one way's documents: <paramref name="ingested"/> added or updated, <paramref name="skipped"/> unchanged or not wanted.</summary>
    public static void CountIngests(string via, int ingested, int skipped, int failed)
    {
        Ingests.Add(ingested, new("via", via), new("outcome", "ingested"));
        Ingests.Add(skipped, new("via", via), new("outcome", "skipped"));
        Ingests.Add(failed, new("via", via), new("outcome", "failed"));
    }

    /// <summary>Bot API calls that failed, by Telegram's error code and method.</summary>
    public static readonly Counter<long> TelegramErrors = Meter.CreateCounter<long>("bot.telegram.errors", description: "Bot API calls that failed, by error code");
}
