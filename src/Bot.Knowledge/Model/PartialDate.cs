using System.Globalization;

namespace Bot.Knowledge.Model;

/// <summary>A date known to the year, the month or the day, as sources give them ("2014", "2015-11", "2025-06-09").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1000 or > 9999) return false;
        int? m = null, d = null;
        if (parts.Length > 1)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12) return false;
            m = mm;
        }
        if (parts.Length > 2)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    public static PartialDate? Parse(string? text) => TryParse(text, out var d) ? d : null;

    public static PartialDate From(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>The first day this date could mean, for range filters.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date could mean.</summary>
    public DateOnly End => Day is { } d ? new(Year, Month!.Value, d)
        : Month is { } m ? new(Year, m, DateTime.DaysInMonth(Year, m)) : new(Year, 12, 31);

    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

}
