using Bot.Knowledge.Chats;

namespace Bot.Telegram.Alerts;

/// <summary>
/// A chat's quiet hours (whole hours in the chat's time zone, start inclusive, end exclusive, may wrap midnight) and
/// what they mean for an alert now.
/// </summary>
public static class QuietHours
{
    public static bool IsQuiet(ChatRow chat, DateTimeOffset now)
    {
        if (chat.QuietStart is not { } start || chat.QuietEnd is not { } end) return false;
        var hour = TimeZoneInfo.ConvertTime(now, ChatTimeZone.Of(chat)).Hour;
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    /// <summary>The next moment the quiet period ends (on a day summer time skips that hour, the first valid moment after it).</summary>
    public static DateTimeOffset End(ChatRow chat, DateTimeOffset now)
    {
        var zone = ChatTimeZone.Of(chat);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        for (var day = 0; day < 3; day++)
        {
            var wall = local.Date.AddDays(day).AddHours(chat.QuietEnd ?? 0);
            while (zone.IsInvalidTime(wall)) wall = wall.AddMinutes(15);
            var at = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (at > now) return at;
        }
        return now.AddDays(1);
    }

    public static bool Holds(ChatRow chat) => chat.QuietMode == "hold";
}
