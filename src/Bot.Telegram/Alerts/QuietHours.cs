using Bot.Knowledge.Chats;

namespace Bot.Telegram.Alerts;

/// <summary>A chat's quiet hours (UTC, start inclusive, end exclusive, may wrap midnight) and what they mean for an alert now.</summary>
public static class QuietHours
{
    public static bool IsQuiet(ChatRow chat, DateTimeOffset now)
    {
        if (chat.QuietStart is not { } start || chat.QuietEnd is not { } end) return false;
        var hour = now.UtcDateTime.Hour;
        return start < end ? hour >= start && hour < end : hour >= start || hour < end;
    }

    /// <summary>The next moment the quiet period ends.</summary>
    public static DateTimeOffset End(ChatRow chat, DateTimeOffset now)
    {
        var end = chat.QuietEnd ?? 0;
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddHours(end);
        return today > now ? today : today.AddDays(1);
    }

    public static bool Holds(ChatRow chat) => chat.QuietMode == "hold";
}
