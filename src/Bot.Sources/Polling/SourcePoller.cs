using System.Globalization;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Scheduling;
using Bot.Knowledge.SourceState;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Fetching;
using Bot.Sources.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Polling;

/// <summary>
/// One pass over the watched sources, each on its own: whatever one source does (an error page, a broken feed, an
/// exception in our own code) is caught, recorded in its state with a longer back-off, and the next source is polled.
/// </summary>
public sealed class SourcePoller(
    FeedPoll feeds, PagePoll pages, DocumentWriter writer, EntityCatalog entities, SourceStates states, SeenItems seen,
    INewAgreementsSignal signal, FeedRegistry registry, IOptions<SourcesOptions> options, TimeProvider clock, ILogger<SourcePoller> logger)
{
    /// <summary>The sources polled: configured or added at run time, not paused.</summary>
    public IReadOnlyList<WatchedSource> Sources => registry.Active();

    /// <param name="dueOnly">The worker polls only sources whose time has come; `sources poll` polls them all now.</param>
    public async Task<PollReport> PollAsync(bool dueOnly, CancellationToken ct)
    {
        var ctx = PassContext.Create(writer, entities, states, seen, options.Value);
        var reports = new List<SourceReport>();
        foreach (var source in Sources)
        {
            ct.ThrowIfCancellationRequested();
            var state = ctx.States.Get(source);
            if (dueOnly && !IsDue(state)) continue;
            reports.Add(await PollOneAsync(ctx, source, state, ct));
        }
        return new PollReport(reports);
    }

    /// <summary>When the earliest source is due (now, for one never polled; never, with none).</summary>
    public DateTimeOffset NextDue() =>
        Sources.Select(s => ParseTime(states.Get(s).NextDueAt) ?? DateTimeOffset.MinValue).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();

    bool IsDue(SourceStateRow state) => ParseTime(state.NextDueAt) is not { } due || due <= clock.GetUtcNow();

    async Task<SourceReport> PollOneAsync(PassContext ctx, WatchedSource source, SourceStateRow state, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        state.LastPolledAt = now.ToString("O");
        SourceReport report;
        try
        {
            report = source.Kind == SourceKind.Feed
                ? await feeds.PollAsync(ctx, source, state, ct)
                : await pages.PollAsync(ctx, source, state, ct);
            state.ConsecutiveFailures = 0;
            state.LastError = null;
            state.LastSuccessAt = now.ToString("O");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (FetchException e)
        {
            report = Failed(source, state, e.Message);
            logger.LogWarning("Source {Source} ({Url}) failed {Failures} time(s) in a row: {Reason}", source.Name, source.Url, state.ConsecutiveFailures, e.Message);
        }
        catch (Exception e)
        {
            // Our own bug or the store, not the source's fault — but one source must still not stop the others.
            report = Failed(source, state, $"unexpected error ({e.GetType().Name}): {e.Message}");
            logger.LogError(e, "Polling source {Source} ({Url}) failed unexpectedly", source.Name, source.Url);
        }
        // One interval after a success; after the n-th failure in a row the interval times 2ⁿ, up to Sources:MaxBackoff: one
        // attempt per due time and no quick retries, so a dead site sees a few requests a day rather than a storm.
        state.NextDueAt = now.Add(RetrySchedule.After(state.ConsecutiveFailures + 1, source.Interval, options.Value.MaxBackoff)).ToString("O");
        ctx.States.Save(state);
        // After this source's last write: the delivery worker woken now claims its rows without our commits in between.
        var newAgreements = report.Items.SelectMany(i => i.NewAgreementIds).ToList();
        if (newAgreements.Count > 0) signal.NewAgreementsStored(newAgreements);
        return report;
    }

    static SourceReport Failed(WatchedSource source, SourceStateRow state, string error)
    {
        state.ConsecutiveFailures++;
        state.LastError = error;
        return SourceReport.Failure(source, error);
    }

    internal static DateTimeOffset? ParseTime(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
