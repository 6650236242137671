namespace Bot.Telegram.Alerts;

/// <summary>
/// Spaces sends evenly at the configured rate minus a safety margin, so that no one-second window Telegram
/// measures ever holds more than the limit even with a few milliseconds of jitter. A sender that fell behind
/// (a GC pause, a slow disk) catches up only a few slots; it never bursts through a backlog of missed slots.
/// </summary>
public sealed class SendPacer
{
    readonly TimeProvider _clock;
    readonly long _interval;
    readonly long _maxLag;
    readonly Lock _lock = new();
    long _next;
    long _pausedUntil;

    public SendPacer(double perSecond, double margin, TimeProvider clock)
    {
        _clock = clock;
        _interval = (long)(clock.TimestampFrequency / (perSecond * (1 - margin)));
        _maxLag = Math.Max(_interval * 4, clock.TimestampFrequency / 200);
    }

    public async Task WaitTurnAsync(CancellationToken ct)
    {
        long slot;
        var now = _clock.GetTimestamp();
        lock (_lock)
        {
            var next = Math.Max(_next, _pausedUntil);
            if (next < now - _maxLag) next = now;
            slot = next;
            _next = slot + _interval;
        }
        var wait = slot - now;
        if (wait > 0) await Task.Delay(TimeSpan.FromSeconds((double)wait / _clock.TimestampFrequency), _clock, ct);
    }

    /// <summary>After a 429 that was not about one chat: nothing is sent before Telegram's retry_after has passed.</summary>
    public void PauseFor(TimeSpan duration)
    {
        var until = _clock.GetTimestamp() + (long)(duration.TotalSeconds * _clock.TimestampFrequency);
        lock (_lock) _pausedUntil = Math.Max(_pausedUntil, until);
    }
}
