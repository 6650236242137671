using Bot.Knowledge.Observability;
using Bot.Sources.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Monitoring;

/// <summary>
/// Polls each watched source when it is due, then sleeps until the next one is (or one is added at run time). A pass that fails as a whole (the
/// store unavailable) is logged and retried after Sources:MinimumInterval; a failing source only delays itself.
/// </summary>
public sealed class SourceMonitorWorker(
    SourcePoller poller, FailureNotices notices, SourcesChanged changed, IOptions<SourcesOptions> options, TimeProvider clock,
    WorkerHeartbeats heartbeats, ILogger<SourceMonitorWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var announced = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                // Inside the retry: reading the sources writes the configured ones in first, and a busy store must not end the worker.
                if (!announced) logger.LogInformation("Watching {Count} source(s)", poller.Sources.Count);
                announced = true;
                wait = await RunPassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                wait = options.Value.MinimumInterval;
                logger.LogError(e, "Source monitoring pass failed; next try in {Wait}", wait);
            }
            heartbeats.Beat(nameof(SourceMonitorWorker), wait);
            try { await SleepAsync(wait, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Until the next source is due, or a source is added or resumed at run time.</summary>
    async Task SleepAsync(TimeSpan wait, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = changed.WaitAsync(either.Token);
        await Task.WhenAny(Task.Delay(wait, clock, either.Token), woken);
        await either.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    static void Count(SourceReport source)
    {
        BotMetrics.FeedPolls.Add(1, new KeyValuePair<string, object?>("outcome", source.Status == SourceStatus.Failed ? "failed" : "ok"));
        BotMetrics.CountIngests("feed", source.Ingested, source.Skipped, source.Failed);
    }

    /// <summary>One pass: the due sources polled, admins told of any source that crossed the failure threshold or recovered.</summary>
    /// <returns>How long to sleep before the next source is due.</returns>
    internal async Task<TimeSpan> RunPassAsync(CancellationToken ct)
    {
        var report = await poller.PollAsync(dueOnly: true, ct);
        foreach (var source in report.Sources.Where(s => s.Status != SourceStatus.NotDue)) Count(source);
        foreach (var source in report.Sources.Where(s => s.Ingested > 0 || s.Failed > 0))
            logger.LogInformation("Source {Source}: {Ingested} ingested ({NewAgreements} new agreements), {Skipped} skipped, {Failed} failed",
                source.Source.Name, source.Ingested, source.NewAgreements, source.Skipped, source.Failed);
        await notices.SendAsync(poller.Sources, ct);
        var wait = poller.NextDue() - clock.GetUtcNow();
        // At least a second, so a clock step cannot spin the loop; at most the longest back-off.
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > options.Value.MaxBackoff ? options.Value.MaxBackoff : wait;
    }
}
