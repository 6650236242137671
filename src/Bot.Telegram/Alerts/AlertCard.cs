using Bot.Answering.Localization;
using Bot.Knowledge.Model;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Alerts;

/// <summary>One new agreement as a message: what was signed, between whom, when, where, on which topic, and the source.</summary>
public static class AlertCard
{
    public static string Render(Agreement a, string lang)
    {
        var kind = Texts.Has("kind." + a.Kind) ? Texts.Get(lang, "kind." + a.Kind) : a.Kind;
        var lines = new List<string>
        {
            $"🆕 <b>{Html.Escape(BotTexts.Get(lang, "alert_title"))}</b>",
            $"<b>{Html.Escape(kind)}</b>: {Html.Escape(a.Title)}",
        };
        if (a.Parties.Count > 0)
            Add(lines, lang, "alert_between", string.Join(" – ", a.Parties.Select(p => p.Country is null ? p.Name : $"{p.Name} ({p.Country})")));
        if (a.Signed is not null) Add(lines, lang, "alert_when", Formats.Date(a.Signed, lang));
        if (a.Place is not null) Add(lines, lang, "alert_where", a.Place);
        if (BotTexts.Has("domain." + a.Domain)) Add(lines, lang, "alert_topic", BotTexts.Get(lang, "domain." + a.Domain));
        foreach (var source in a.Sources.Take(3))
        {
            var date = source.Published is null ? "" : " — " + Html.Escape(Formats.Date(source.Published, lang));
            lines.Add($"{Html.Escape(BotTexts.Get(lang, "alert_source"))}: {Html.Link(source.Title, source.Url)}{date}");
        }
        return string.Join('\n', lines);
    }

    static void Add(List<string> lines, string lang, string label, string value) =>
        lines.Add($"{Html.Escape(BotTexts.Get(lang, label))}: {Html.Escape(value)}");
}
