using Bot.Answering.Localization;
using Bot.Knowledge.Digests;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Digest;

/// <summary>
/// A period's news as one message: each new agreement on a line (kind, title, date, place, source) and each figure
/// read in the period (measure, period, amount, source). Long lists are cut with a count of the rest, so one
/// message is one message whatever an ingest brought in.
/// </summary>
public static class DigestCard
{
    const int MaxAgreements = 15;
    const int MaxFigures = 10;

    public static string Render(string mode, DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone,
        IReadOnlyList<Agreement> agreements, IReadOnlyList<Figure> figures, string lang)
    {
        var from = PartialDate.From(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime));
        var to = PartialDate.From(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, zone).DateTime));
        var lines = new List<string>
        {
            $"🗞 <b>{Html.Escape(BotTexts.Get(lang, mode == DigestBook.Weekly ? "digest_title_weekly" : "digest_title_daily", Formats.DateRange(from, to, lang)))}</b>",
        };
        if (agreements.Count > 0)
        {
            lines.Add("");
            lines.Add($"<b>{Html.Escape(BotTexts.Get(lang, "digest_agreements", agreements.Count))}</b>");
            lines.AddRange(agreements.Take(MaxAgreements).Select(a => "• " + Agreement(a, lang)));
            if (agreements.Count > MaxAgreements) lines.Add(Html.Escape(BotTexts.Get(lang, "digest_more", agreements.Count - MaxAgreements)));
        }
        if (figures.Count > 0)
        {
            lines.Add("");
            lines.Add($"<b>{Html.Escape(BotTexts.Get(lang, "digest_figures", figures.Count))}</b>");
            lines.AddRange(figures.Take(MaxFigures).Select(f => "• " + Figure(f, lang)));
            if (figures.Count > MaxFigures) lines.Add(Html.Escape(BotTexts.Get(lang, "digest_more", figures.Count - MaxFigures)));
        }
        return string.Join('\n', lines);
    }

    static string Agreement(Agreement a, string lang)
    {
        var kind = Texts.Has("kind." + a.Kind) ? Texts.Get(lang, "kind." + a.Kind) : a.Kind;
        var details = new List<string>();
        if (a.Signed is not null) details.Add(Formats.Date(a.Signed, lang, weekday: false));
        if (a.Place is not null) details.Add(a.Place);
        var text = $"<b>{Html.Escape(kind)}</b>: {Html.Escape(a.Title)}";
        if (details.Count > 0) text += Html.Escape($" ({string.Join(", ", details)})");
        return a.Sources.Count > 0 && a.Sources[0] is { } source ? $"{text} — {Html.Link(source.Title, source.Url)}" : text;
    }

    static string Figure(Figure f, string lang) =>
        Html.Escape($"{MetricCatalog.Default.Label(f.Metric, lang)}, {Formats.Period(f.Period, lang)}: {Formats.Amount(f, lang)}")
        + $" — {Html.Link(f.Source.Title, f.Source.Url)}";
}
