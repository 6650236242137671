using Bot.Sources.Monitoring;
using Bot.Telegram.Admins;

namespace Bot.Hosting;

/// <summary>The source monitor's notices, delivered to the admins by Telegram: neither project knows the other.</summary>
public sealed class SourceNoticeRelay(AdminNotices admins) : IAdminNotifier
{
    public Task NotifyAsync(SourceNotice notice, CancellationToken ct) => notice.Kind == SourceNoticeKind.Failing
        ? admins.SourceFailingAsync(notice.SourceName, notice.Url, notice.ConsecutiveFailures, notice.LastError, notice.NextAttempt, ct)
        : admins.SourceRecoveredAsync(notice.SourceName, notice.Url, ct);
}
