using System.Globalization;
using Bot.Knowledge.Model;

namespace Bot.Answering.Localization;

/// <summary>Dates, periods, numbers and money written the way each language writes them.</summary>
public static class Formats
{
    public static string Number(double value, string lang)
    {
        var s = value.ToString("#,0.###", CultureInfo.InvariantCulture);
        return lang == "en" ? s : s.Replace(",", "\u00A0", StringComparison.Ordinal).Replace('.', ',');
    }

    /// <param name="weekday">Whether a full date names its day of the week.</param>
    public static string Date(PartialDate? date, string lang, bool weekday = true)
    {
        if (date is not { } d) return Texts.Get(lang, "undated");
        if (d.Month is not { } m) return Texts.Get(lang, "year", d.Year);
        if (d.Day is not { } day) return Texts.Get(lang, "date_month", "", Texts.Pick(lang, "months_nominative", m - 1), d.Year).Trim();
        if (!weekday) return Texts.Get(lang, "date_day", day, Texts.Pick(lang, "months", m - 1), d.Year);
        var dayOfWeek = (int)new DateOnly(d.Year, m, day).DayOfWeek;
        return Texts.Get(lang, "date_full", day, Texts.Pick(lang, "months", m - 1), d.Year, Texts.Pick(lang, "weekdays", (dayOfWeek + 6) % 7));
    }

    public static string Date(string? published, string lang) => Date(PartialDate.Parse(published), lang);

    /// <summary>"9–10 June 2025", "7 November 2015 – 10 November 2015": a date or a range, without weekdays.</summary>
    public static string DateRange(PartialDate start, PartialDate? end, string lang) =>
        end is { } e && e != start ? $"{Date(start, lang, weekday: false)} – {Date(e, lang, weekday: false)}" : Date(start, lang, weekday: false);

    public static string Period(Period p, string lang)
    {
        if (!p.IsKnown) return Texts.Get(lang, "period_unstated");
        if (p.IsWholeYear) return Texts.Get(lang, "year", p.StartYear);
        if (p.IsQuarter) return Texts.Get(lang, "quarter", (p.StartMonth + 2) / 3, p.StartYear);
        var from = Texts.Pick(lang, "months_nominative", p.StartMonth - 1);
        var to = Texts.Pick(lang, "months_nominative", p.EndMonth - 1);
        var span = Texts.Get(lang, "months_year", p.MonthCount == 1 ? $"{from} {p.StartYear}" : $"{from}–{to} {p.EndYear}");
        return p.StartMonth == 1 && p.MonthCount > 1 ? $"{span} ({Texts.Get(lang, "first_months", p.MonthCount)})" : span;
    }

    public static string Amount(Figure f, string lang) => Amount(f.Value, f.Scale, f.Unit, f.Qualifier, lang);

    /// <summary>"about $1 billion", "около 1 млрд долл. США": a value with its scale, unit and hedge in the user's language.</summary>
    public static string Amount(double value, string scale, string unit, string? qualifier, string lang)
    {
        var scaled = scale is "million" or "billion" or "thousand" ? Texts.Get(lang, "scale." + scale) : "";
        var unitKey = "unit." + unit;
        var number = Number(value, lang);
        var amount = Texts.Has(unitKey) ? Texts.Get(lang, unitKey, number, scaled) : $"{number}{scaled} {unit}";
        return Qualified(amount, qualifier, lang);
    }

    /// <summary>A number with its hedge ("nearly 60", "более 60").</summary>
    public static string Qualified(string amount, string? qualifier, string lang) =>
        qualifier is null or "exact" || !Texts.Has("qualifier." + qualifier) ? amount : $"{Texts.Get(lang, "qualifier." + qualifier)} {amount}";
}
