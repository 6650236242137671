using System.Collections.Concurrent;
using Bot.Sources.Monitoring;

namespace Bot.Sources.Tests.Harness;

/// <summary>Stands in for the Telegram admin notifier: keeps every notice the monitor sends.</summary>
public sealed class RecordingNotifier : IAdminNotifier
{
    readonly ConcurrentQueue<SourceNotice> _notices = new();

    public IReadOnlyList<SourceNotice> Notices => [.. _notices];

    public Task NotifyAsync(SourceNotice notice, CancellationToken ct)
    {
        _notices.Enqueue(notice);
        return Task.CompletedTask;
    }
}
