using Bot.Answering.Composing;
using Bot.Answering.Localization;

namespace Bot.Cli;

/// <summary>An answer as a person reads it in a terminal: the text, then the numbered sources.</summary>
public static class AnswerPrinter
{
    public static string Render(Answer a)
    {
        if (a.Citations.Count == 0) return a.Text;
        var lines = a.Citations.Select((c, i) => $"[{i + 1}] {c.Title} — {Formats.Date(c.Date, a.Lang)}{(c.Url is null ? "" : " — " + c.Url)}");
        return $"{a.Text}\n\n{Texts.Get(a.Lang, "sources")}\n{string.Join('\n', lines)}";
    }
}
