using Bot.Sources.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Monitoring;

/// <summary>
/// Polls each configured source when it is due, then sleeps until the next one is. A pass that fails as a whole (the
/// store unavailable) is logged and retried after Sources:MinimumInterval; a failing source only delays itself.
/// </summary>
public sealed class SourceMonitorWorker(
    SourcePoller poller, FailureNotices notices, IOptions<SourcesOptions> options, TimeProvider clock,
    ILogger<SourceMonitorWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Watching {Count} source(s)", poller.Sources.Count);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
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
            try { await Task.Delay(wait, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One pass: the due sources polled, admins told of any source that crossed the failure threshold or recovered.</summary>
    /// <returns>How long to sleep before the next source is due.</returns>
    internal async Task<TimeSpan> RunPassAsync(CancellationToken ct)
    {
        var report = await poller.PollAsync(dueOnly: true, ct);
        foreach (var source in report.Sources.Where(s => s.Ingested > 0 || s.Failed > 0))
            logger.LogInformation("Source {Source}: {Ingested} ingested ({NewAgreements} new agreements), {Skipped} skipped, {Failed} failed",
                source.Source.Name, source.Ingested, source.NewAgreements, source.Skipped, source.Failed);
        await notices.SendAsync(poller.Sources, ct);
        var wait = poller.NextDue() - clock.GetUtcNow();
        // At least a second, so a clock step cannot spin the loop; at most the longest back-off.
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > options.Value.MaxBackoff ? options.Value.MaxBackoff : wait;
    }
}
