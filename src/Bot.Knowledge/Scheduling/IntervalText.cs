using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Scheduling;

/// <summary>A polling interval as people type it ("90s", "30m", "2h", "1d", "45" minutes, "00:30:00") and as it is shown back.</summary>
public static partial class IntervalText
{
    [GeneratedRegex(@"^(?<n>\d{1,6})\s*(?<u>s|sec|m|min|h|d)?$", RegexOptions.IgnoreCase)] private static partial Regex Short();

    public static bool TryParse(string text, out TimeSpan interval)
    {
        var t = text.Trim();
        if (Short().Match(t) is { Success: true } m)
        {
            var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            interval = m.Groups["u"].Value.ToLowerInvariant() switch
            {
                "s" or "sec" => TimeSpan.FromSeconds(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => TimeSpan.FromMinutes(n),
            };
            return interval > TimeSpan.Zero;
        }
        return TimeSpan.TryParseExact(t, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out interval) && interval > TimeSpan.Zero;
    }

    /// <summary>"30m", "2h", "1h30m", "45s": short, and the same in every language.</summary>
    public static string Format(TimeSpan interval)
    {
        if (interval.TotalMinutes < 1) return $"{(int)interval.TotalSeconds}s";
        var hours = (int)interval.TotalHours;
        return hours == 0 ? $"{interval.Minutes}m" : interval.Minutes == 0 ? $"{hours}h" : $"{hours}h{interval.Minutes}m";
    }
}
