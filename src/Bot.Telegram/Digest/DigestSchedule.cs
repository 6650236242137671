using Bot.Knowledge.Digests;

namespace Bot.Telegram.Digest;

/// <summary>
/// When a chat's digests fall due: every day, or every Monday, at the chosen hour of the chat's own zone — local time,
/// so the hour stays put across summer time. An hour that a clock change skips is taken an hour later; one it repeats,
/// the first time.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The latest due instant at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset LatestDue(string mode, int hour, TimeZoneInfo zone, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var day = local.Date;
        while (true)
        {
            if (mode != DigestBook.Weekly || day.DayOfWeek == DayOfWeek.Monday)
            {
                var due = ToInstant(day.AddHours(hour), zone);
                if (due <= now) return due;
            }
            day = day.AddDays(-1);
        }
    }

    static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
    }
}
