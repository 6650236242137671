using Bot.Knowledge.Chats;
using Bot.Telegram.Alerts;

namespace Bot.Telegram.Tests.Units;

/// <summary>Quiet hours are in the chat's time zone (UTC by default), include their start, exclude their end, and may span midnight.</summary>
public sealed class QuietHoursTests
{
    static ChatRow Chat(int? start, int? end, string mode = "silent") => new() { ChatId = 1, QuietStart = start, QuietEnd = end, QuietMode = mode };

    static ChatRow Zoned(ChatRow chat, string zone)
    {
        chat.TimeZone = zone;
        return chat;
    }

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

    [Fact]
    public void Quiet_hours_in_Almaty_are_quiet_by_Almaty_clocks()
    {
        var chat = Zoned(Chat(22, 7), "Asia/Almaty");
        // Almaty is UTC+5 all year: 17:30 UTC is 22:30 there, 02:30 UTC is 07:30.
        QuietHours.IsQuiet(chat, At(17, 30)).ShouldBeTrue();
        QuietHours.IsQuiet(chat, At(2, 30)).ShouldBeFalse();
        QuietHours.End(chat, At(17, 30)).ShouldBe(At(2, day: 11));
    }

    [Fact]
    public void Held_alerts_in_Sofia_wait_for_the_end_by_Sofia_clocks_across_the_summer_time_change()
    {
        var chat = Zoned(Chat(22, 7, "hold"), "Europe/Sofia");
        // The night of 28-29 March 2026 Sofia moves from UTC+2 to UTC+3: 07:00 there on the 29th is 04:00 UTC.
        var night = new DateTimeOffset(2026, 3, 28, 21, 0, 0, TimeSpan.Zero);
        QuietHours.IsQuiet(chat, night).ShouldBeTrue();
        QuietHours.End(chat, night).ShouldBe(new DateTimeOffset(2026, 3, 29, 4, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("+5", "UTC+05:00")]
    [InlineData("UTC-03:30", "UTC-03:30")]
    [InlineData("GMT", "UTC")]
    [InlineData("Asia/Almaty", "Asia/Almaty")]
    public void Time_zones_are_read_as_names_or_offsets(string text, string stored)
    {
        ChatTimeZone.TryParse(text, out var canonical).ShouldBeTrue();
        canonical.ShouldBe(stored);
    }

    [Theory]
    [InlineData("+15")]
    [InlineData("Almaty")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("+05:75")]
    public void What_is_no_time_zone_is_refused(string text)
    {
        ChatTimeZone.TryParse(text, out _).ShouldBeFalse();
    }
}
