using Bot.Knowledge.Digests;
using Bot.Knowledge.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Digest;

/// <summary>
/// Runs a <see cref="DigestRound"/> every minute: digests are due on the hour, so a minute is as late as one gets.
/// Digests left in flight by a crash are sent again at start, as alerts are.
/// </summary>
public sealed class DigestWorker(DigestRound round, DigestOutbox outbox, TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<DigestWorker> logger) : BackgroundService
{
    static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                heartbeats.Beat(nameof(DigestWorker), Tick);
                try
                {
                    // Inside the retry: a store busy at start (an ingest holding it) delays the recovery, it does not end the worker.
                    if (!recovered)
                    {
                        var count = outbox.RecoverInFlight();
                        if (count > 0) logger.LogWarning("{Count} digest(s) were in flight when the bot stopped; sending them again", count);
                        recovered = true;
                    }
                    await round.RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException && e is not OutOfMemoryException)
                {
                    // A busy or damaged store must not stop digests for good: say so and try again next minute.
                    logger.LogError(e, "A digest round failed; retrying in a minute");
                }
                await Task.Delay(Tick, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }
}
