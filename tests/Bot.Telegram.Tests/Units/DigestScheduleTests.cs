using Bot.Telegram.Digest;

namespace Bot.Telegram.Tests.Units;

/// <summary>Digests fall due at the chosen hour of the chat's own zone, every day or every Monday, through clock changes.</summary>
public sealed class DigestScheduleTests
{
    static readonly TimeZoneInfo Sofia = TimeZoneInfo.FindSystemTimeZoneById("Europe/Sofia");

    static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    // 9:00 in Sofia is 07:00 UTC in winter: a minute before it the last due time is the day before.
    [InlineData(2026, 12, 8, 6, 59, 2026, 12, 7, 7)]
    [InlineData(2026, 12, 8, 7, 0, 2026, 12, 8, 7)]
    [InlineData(2026, 12, 8, 23, 30, 2026, 12, 8, 7)]
    public void A_daily_digest_falls_due_at_the_hour_of_the_chats_zone(int y, int m, int d, int h, int min, int dy, int dm, int dd, int dh)
    {
        DigestSchedule.LatestDue("daily", 9, Sofia, Utc(y, m, d, h, min)).ShouldBe(Utc(dy, dm, dd, dh));
    }

    [Theory]
    [InlineData(13, 12, 7)]  // Sunday: the Monday before
    [InlineData(14, 12, 14)] // Monday after 09:00 Sofia: that Monday
    [InlineData(7, 12, 7)]   // the Monday itself, after the hour
    public void A_weekly_digest_falls_due_on_mondays(int day, int hourUtc, int dueDay)
    {
        DigestSchedule.LatestDue("weekly", 9, Sofia, Utc(2026, 12, day, hourUtc)).ShouldBe(Utc(2026, 12, dueDay, 7));
    }

    [Fact]
    public void An_hour_the_spring_clock_change_skips_is_taken_an_hour_later()
    {
        // 29 March 2026 in Sofia: 03:00 does not exist, the clocks go from 03:00 EET to 04:00 EEST (01:00 UTC).
        DigestSchedule.LatestDue("daily", 3, Sofia, Utc(2026, 3, 29, 6)).ShouldBe(Utc(2026, 3, 29, 1));
    }

    [Fact]
    public void An_hour_the_autumn_clock_change_repeats_is_taken_the_first_time()
    {
        // 25 October 2026 in Sofia: 03:00–04:00 happens twice; the first 03:00 is EEST, 00:00 UTC.
        DigestSchedule.LatestDue("daily", 3, Sofia, Utc(2026, 10, 25, 6)).ShouldBe(Utc(2026, 10, 25, 0));
    }
}
