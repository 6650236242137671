using Bot.Telegram.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Telegram.Tests.Units;

/// <summary>Alerts leave at the configured rate, evenly spaced, and all wait when Telegram asks the bot to.</summary>
public sealed class SendPacerTests
{
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sends_are_spaced_at_the_configured_rate()
    {
        var pacer = new SendPacer(perSecond: 10, margin: 0, _clock);

        await pacer.WaitTurnAsync(CancellationToken.None);
        var second = pacer.WaitTurnAsync(CancellationToken.None);

        second.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(99));
        second.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_margin_keeps_the_rate_below_the_limit()
    {
        var pacer = new SendPacer(perSecond: 10, margin: 0.5, _clock);

        await pacer.WaitTurnAsync(CancellationToken.None);
        var second = pacer.WaitTurnAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(150));
        second.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(50));
        await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task After_a_bot_wide_429_nothing_is_sent_before_the_wait_is_over()
    {
        var pacer = new SendPacer(perSecond: 1000, margin: 0, _clock);
        pacer.PauseFor(TimeSpan.FromSeconds(5));

        var next = pacer.WaitTurnAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(4.9));
        next.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_sender_that_fell_behind_does_not_burst_through_the_missed_slots()
    {
        var pacer = new SendPacer(perSecond: 10, margin: 0, _clock);
        await pacer.WaitTurnAsync(CancellationToken.None);

        // A long pause (a GC, a slow disk): a second's worth of slots went by unused.
        _clock.Advance(TimeSpan.FromSeconds(1));
        await pacer.WaitTurnAsync(CancellationToken.None);
        var next = pacer.WaitTurnAsync(CancellationToken.None);

        next.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
