using Microsoft.Extensions.Logging;

namespace Bot.Sources.Monitoring;

/// <summary>Where notices go when the host has no way to reach the admins: the log, once per notice.</summary>
internal sealed class LoggedNotices(ILogger<LoggedNotices> logger) : IAdminNotifier
{
    public Task NotifyAsync(SourceNotice notice, CancellationToken ct)
    {
        logger.LogWarning("Source {Source} ({Url}) is {Kind}: {Failures} failure(s) in a row, last error {Error}",
            notice.SourceName, notice.Url, notice.Kind, notice.ConsecutiveFailures, notice.LastError);
        return Task.CompletedTask;
    }
}
