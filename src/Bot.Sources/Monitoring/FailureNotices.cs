using Bot.Sources.Polling;
using Bot.Knowledge.SourceState;
using Bot.Sources.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Monitoring;

/// <summary>
/// Decides when the admins hear about a source: once when it reaches Sources:FailureNoticeAfter failures in a row, and
/// once when it works again — never on every failed poll. The "told" flag is kept in source_state, so a restart
/// does not repeat a notice; it is set even if sending failed, because a notice storm is worse than a missed one.
/// </summary>
public sealed class FailureNotices(IAdminNotifier notifier, SourceStates states, IOptions<SourcesOptions> options, ILogger<FailureNotices> logger)
{
    public async Task<int> SendAsync(IEnumerable<WatchedSource> sources, CancellationToken ct)
    {
        var sent = 0;
        foreach (var source in sources)
        {
            var state = states.Get(source);
            SourceNoticeKind kind;
            if (state.ConsecutiveFailures >= options.Value.FailureNoticeAfter && !state.FailureNotified) kind = SourceNoticeKind.Failing;
            else if (state.ConsecutiveFailures == 0 && state.FailureNotified) kind = SourceNoticeKind.Recovered;
            else continue;
            states.MarkNotified(source.Key, kind == SourceNoticeKind.Failing);
            var notice = new SourceNotice(kind, source.Name, source.Url.AbsoluteUri, state.ConsecutiveFailures, state.LastError, SourcePoller.ParseTime(state.NextDueAt));
            try
            {
                await notifier.NotifyAsync(notice, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not tell the admins that source {Source} is {Kind}", source.Name, kind);
            }
        }
        return sent;
    }
}
