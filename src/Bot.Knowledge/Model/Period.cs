using System.Globalization;

namespace Bot.Knowledge.Model;

/// <summary>A span of whole months that a figure covers: a year, a quarter, or "January–April".</summary>
public readonly record struct Period(int StartYear, int StartMonth, int EndYear, int EndMonth)
{
    public static Period Year(int y) => new(y, 1, y, 12);
    public static Period Months(int y, int from, int to) => new(y, from, y, to);
    public static Period Quarter(int y, int q) => new(y, q * 3 - 2, y, q * 3);

    /// <summary>
    /// The period of a figure an undated document states without one ("3 flights a week", "USD 100 million a year" in a
    /// text that says nowhere when it was written): kept as stated, never given a year it does not state.
    /// </summary>
    public static Period Unknown { get; } = new(0, 1, 0, 12);

    /// <summary>Whether the period is stated (any but <see cref="Unknown"/>).</summary>
    public bool IsKnown => StartYear > 0;

    public bool IsWholeYear => StartYear == EndYear && StartMonth == 1 && EndMonth == 12;
    public int MonthCount => (EndYear - StartYear) * 12 + EndMonth - StartMonth + 1;
    public bool IsQuarter => StartYear == EndYear && MonthCount == 3 && StartMonth % 3 == 1;

    public string StartKey => $"{StartYear:D4}-{StartMonth:D2}";
    public string EndKey => $"{EndYear:D4}-{EndMonth:D2}";

    public static Period FromKeys(string start, string end)
    {
        if (start == Unknown.StartKey && end == Unknown.EndKey) return Unknown;
        var s = PartialDate.Parse(start) ?? throw new FormatException($"bad period start '{start}'");
        var e = PartialDate.Parse(end) ?? throw new FormatException($"bad period end '{end}'");
        return new Period(s.Year, s.Month ?? 1, e.Year, e.Month ?? 12);
    }

    /// <summary>Parses the knowledge-base notation: "2024", "2025-Q1", "2025-01..2025-04", "2019-10".</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var range = text.Split("..");
        if (range.Length == 2)
        {
            if (!PartialDate.TryParse(range[0], out var a) || !PartialDate.TryParse(range[1], out var b)) return false;
            period = new Period(a.Year, a.Month ?? 1, b.Year, b.Month ?? 12);
            return true;
        }
        var q = text.IndexOf("-Q", StringComparison.OrdinalIgnoreCase);
        if (q > 0 && int.TryParse(text[..q], NumberStyles.None, CultureInfo.InvariantCulture, out var qy)
            && int.TryParse(text[(q + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out var qn) && qn is >= 1 and <= 4)
        {
            period = Quarter(qy, qn);
            return true;
        }
        if (!PartialDate.TryParse(text, out var d)) return false;
        period = d.Month is { } m ? new Period(d.Year, m, d.Year, m) : Year(d.Year);
        return true;
    }

    public override string ToString() =>
        !IsKnown ? "undated" : IsWholeYear ? $"{StartYear}" : IsQuarter ? $"{StartYear}-Q{(StartMonth + 2) / 3}" : $"{StartKey}..{EndKey}";
}
