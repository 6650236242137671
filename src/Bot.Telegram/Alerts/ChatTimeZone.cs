using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Chats;

namespace Bot.Telegram.Alerts;

/// <summary>
/// The time zone a chat keeps its hours in: an IANA name (Asia/Almaty, Europe/Sofia — the system's tz database, so
/// summer time is followed) or a fixed offset ("+5", "+05:00", "UTC+5"), stored in a canonical spelling.
/// </summary>
public static partial class ChatTimeZone
{
    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)] private static partial Regex Offset();

    static readonly ConcurrentDictionary<string, TimeZoneInfo> Known = new(StringComparer.Ordinal);

    /// <summary>Reads what a user typed; <paramref name="canonical"/> is what is stored ("Asia/Almaty", "UTC+05:00", "UTC").</summary>
    public static bool TryParse(string text, out string canonical)
    {
        canonical = "";
        var t = text.Trim();
        if (t.Equals("UTC", StringComparison.OrdinalIgnoreCase) || t.Equals("GMT", StringComparison.OrdinalIgnoreCase))
        {
            canonical = "UTC";
            return true;
        }
        if (Offset().Match(t) is { Success: true } m)
        {
            var minutes = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) * 60 + (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
            // Real offsets run from UTC-12:00 to UTC+14:00.
            if (minutes > 14 * 60 || m.Groups["m"].Success && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) >= 60) return false;
            var offset = TimeSpan.FromMinutes(m.Groups["sign"].Value == "-" ? -minutes : minutes);
            canonical = offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            return true;
        }
        // Only names with a region ("Asia/Almaty"): Windows-style names and abbreviations are ambiguous.
        if (!t.Contains('/', StringComparison.Ordinal) || !TimeZoneInfo.TryFindSystemTimeZoneById(t, out var zone)) return false;
        canonical = zone.Id;
        return true;
    }

    /// <summary>The chat's zone; UTC when none is set or the stored one is no longer known to this system.</summary>
    public static TimeZoneInfo Of(ChatRow chat) => Resolve(chat.TimeZone);

    public static TimeZoneInfo Resolve(string? canonical) =>
        canonical is null or "" or "UTC" ? TimeZoneInfo.Utc : Known.GetOrAdd(canonical, Create);

    /// <summary>How the zone is shown to the user: the stored spelling.</summary>
    public static string Label(ChatRow chat) => string.IsNullOrEmpty(chat.TimeZone) ? "UTC" : chat.TimeZone;

    static TimeZoneInfo Create(string canonical)
    {
        if (canonical.StartsWith("UTC", StringComparison.Ordinal) && Offset().Match(canonical) is { Success: true } m)
        {
            var offset = TimeSpan.ParseExact(canonical[4..], @"hh\:mm", CultureInfo.InvariantCulture);
            if (m.Groups["sign"].Value == "-") offset = -offset;
            return TimeZoneInfo.CreateCustomTimeZone(canonical, offset, canonical, canonical);
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(canonical, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
