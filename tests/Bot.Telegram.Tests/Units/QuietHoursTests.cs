using Bot.Knowledge.Chats;
using Bot.Telegram.Alerts;

namespace Bot.Telegram.Tests.Units;

/// <summary>Quiet hours are UTC, include their start, exclude their end, and may span midnight.</summary>
public sealed class QuietHoursTests
{
    static ChatRow Chat(int? start, int? end, string mode = "silent") => new() { ChatId = 1, QuietStart = start, QuietEnd = end, QuietMode = mode };

    static DateTimeOffset At(int hour, int minute = 0, int day = 10) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(22, true)]
    [InlineData(23, true)]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    [InlineData(12, false)]
    [InlineData(21, false)]
    public void Hours_that_span_midnight_are_quiet_from_their_start_to_their_end(int hour, bool quiet)
    {
        QuietHours.IsQuiet(Chat(22, 7), At(hour, 30)).ShouldBe(quiet);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, true)]
    [InlineData(14, false)]
    [InlineData(11, false)]
    public void Hours_within_a_day_are_quiet_between_them(int hour, bool quiet)
    {
        QuietHours.IsQuiet(Chat(12, 14), At(hour)).ShouldBe(quiet);
    }

    [Fact]
    public void A_chat_without_quiet_hours_is_never_quiet()
    {
        QuietHours.IsQuiet(Chat(null, null), At(3)).ShouldBeFalse();
    }

    [Fact]
    public void Held_alerts_wait_until_the_next_end_of_the_quiet_hours()
    {
        QuietHours.End(Chat(22, 7), At(23)).ShouldBe(At(7, day: 11));
        QuietHours.End(Chat(22, 7), At(2)).ShouldBe(At(7));
    }

    [Fact]
    public void Only_hold_mode_holds_alerts()
    {
        QuietHours.Holds(Chat(22, 7, "hold")).ShouldBeTrue();
        QuietHours.Holds(Chat(22, 7, "silent")).ShouldBeFalse();
    }
}
