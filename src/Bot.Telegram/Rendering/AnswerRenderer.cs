using Bot.Answering.Composing;
using Bot.Answering.Localization;

namespace Bot.Telegram.Rendering;

/// <summary>An answer as Telegram HTML: the escaped text, then its numbered sources as links.</summary>
public static class AnswerRenderer
{
    public static string Render(Answer answer) =>
        answer.Citations.Count == 0 ? Html.Escape(answer.Text) : $"{Html.Escape(answer.Text)}\n\n{Sources(answer.Citations, answer.Lang)}";

    public static string Sources(IReadOnlyList<Citation> citations, string lang) =>
        $"<b>{Html.Escape(Texts.Get(lang, "sources"))}</b>\n" +
        string.Join('\n', citations.Select((c, i) => $"[{i + 1}] {Html.Link(c.Title, c.Url)} — {Html.Escape(Formats.Date(c.Date, lang))}"));
}
