using System.Text.RegularExpressions;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// A verbless line of a slide, fact sheet or list: a lead, a dash or colon, a value — "2013 – 163.5", "Jan–Nov 2024 –
/// 349.8 (x3.9 y/y)", "– ҚР экспорты – 303,6 ↑ 11 есе", "KZ exports to BG: USD 303.6 mn", "1999 – 6 915". What the
/// line leaves unsaid — what is counted, its unit, its period — its title or parent line says; <see cref="Sentence"/>
/// writes the line as a table row reads ("2013 — Bilateral turnover (USD mn): 163.5") for the sentence reader.
/// </summary>
/// <param name="Marker">The list marker the line opens with ("•", "–", "1)"), or empty.</param>
internal sealed partial record ValueLine(string Text, string Marker, string Lead, string Value)
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    const int MaxLineChars = 160;

    // The lead is short and holds no sentence; the value opens with a number (a comparison sign or a currency before it).
    [GeneratedRegex(@"^\s*(?:(?<marker>[-*•–—▪●]|\d{1,2}[.)])\s+)?(?<lead>[^\n]{1,80}?)(?:\s+[–—-]\s+|\s*:\s+|\s+[–—-](?=[<>~≈]?\d))(?<value>(?:[<>~≈≥≤]\s*)?(?:(?:US\$|\$|USD|€|EUR|BGN|KZT)\s*)?\d[^\n]*)$")]
    private static partial Regex Shape();

    // A value that is a year or a date states when, not how much.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}(?![\d.,]\d)|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[–-]\d{1,2}[./]\d{1,2}[./]\d{2,4})")]
    private static partial Regex WhenValue();

    [GeneratedRegex(@"^[<>~≈≥≤]\s*")]
    private static partial Regex Sign();

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Parenthesised();

    /// <summary>The value lines a line holds: one, or several a series writes on one line ("1970 – 10 420; 1979 – 10 064").</summary>
    public static List<ValueLine> Read(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > MaxLineChars * 4 || !MoneyFinder.HasDigit(text)) return [];
        if (text.Contains(';'))
        {
            var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2)
            {
                var marker = Shape().Match(text) is { Success: true } first ? first.Groups["marker"].Value : "";
                var series = parts.Select(p => One(p, marker)).ToList();
                if (series.All(s => s is not null)) return series!;
            }
        }
        return text.Length <= MaxLineChars && One(text, null) is { } one ? [one] : [];
    }

    static ValueLine? One(string text, string? marker)
    {
        var m = Shape().Match(text);
        if (!m.Success) return null;
        var value = m.Groups["value"].Value.Trim();
        if (WhenValue().IsMatch(Sign().Replace(value, ""))) return null;
        return new ValueLine(text, marker ?? m.Groups["marker"].Value, m.Groups["lead"].Value.Trim(), value);
    }

    /// <summary>Whether the lead names what is counted (a metric's cue).</summary>
    public bool NamesMetric => Catalog.FindInText(Lead).Count > 0;

    /// <summary>Whether the lead names a good a metric counts on its own ("crude oil").</summary>
    bool NamesCommodity => Catalog.Families.Any(f => f.Commodities.Any(c => c.Cue.IsMatch(Lead)));

    /// <summary>The period the lead names, if one.</summary>
    public Period? LeadPeriod(PartialDate? published) =>
        MoneyFinder.HasDigit(Lead) && PeriodFinder.Find(Lead, published).Where(p => !p.IsComparison).ToList() is [var one] && one.Period.IsKnown ? one.Period : null;

    /// <summary>
    /// The line as a sentence the figure reader reads: what it counts from its own lead, else its parent line's, else its
    /// title's; the title's unit for a bare number. Null when nothing around it says what it counts.
    /// </summary>
    public string? Sentence(TitleLine? title, ValueLine? parent)
    {
        // A sign before the value qualifies it (">60" is more than 60, "~$375 mln" about it): the sentence keeps it.
        var value = Value;
        // "375,2 (шамамен 176 млрд теңге)": the same amount in another currency is an aside, not a second figure.
        if (value.Contains('(')) value = Parenthesised().Replace(value, m => MoneyFinder.Find(m.Value).Count > 0 ? "" : m.Value);
        // "349 800 мың АҚШ доллары" under "(млн АҚШ доллары)": a value naming its own unit never takes the title's.
        var hasUnit = MoneyFinder.Find(value).Count > 0 || MoneyFinder.IsMoneyUnit(value);
        var unit = hasUnit || title?.Unit is not { } u ? ": " : $" ({u}): ";
        if (NamesMetric) return Lead + unit + value;
        // "- crude oil: USD 242.2 mn" under "KZ exports to BG: …" is the oil of those exports; "- aluminium: 30.1" is a
        // part of them no metric counts, never the exports themselves.
        if (parent is not null && !NamesCommodity) return null;
        var label = parent is { NamesMetric: true } ? parent.Lead
            : title is not null && Catalog.FindInText(title.Label).Count > 0 ? Parenthesised().Replace(title.Label, "").Trim() : null;
        return label is null ? null : Lead + TableRow + label + unit + value;
    }

    const string TableRow = " — ";
}
