using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Ingestion.Reading.Tables;

/// <summary>
/// The unit of a table's values when neither its caption nor its headers state it but the text around it does, as
/// statistics pages write it once: the sentence introducing the table ("The table shows … in millions of US dollars",
/// "Таблицата показва …, в милиона щатски долара"), a short line over it ("млн долларов США"), or a note under it
/// ("(1) million US dollars.", "Note: in US$ million"). Without it every row's value would be a bare number, no figure.
/// </summary>
public static partial class TableUnit
{
    /// <summary>A line this short over a table is its unit line or subtitle, not a paragraph about something else.</summary>
    const int MaxUnitLineChars = 80;

    /// <summary>A footnote's mark at the start of a line: "(1)", "1)", "*", "¹".</summary>
    [GeneratedRegex(@"^\s*(?:\(\d{1,2}\)|\d{1,2}\)|\*{1,3}|[¹²³])")]
    private static partial Regex NoteMark();

    /// <summary>The unit stated by the text right above a table: a short line, or a paragraph that speaks of the table.</summary>
    public static string? Above(string? text) =>
        string.IsNullOrWhiteSpace(text) || !(text.Length <= MaxUnitLineChars || PageLayoutWords.TableMention.IsMatch(text)) ? null : MoneyFinder.StatedUnit(text);

    /// <summary>A footnote's mark ending a table's title: "… by period (1)", "… 2024*".</summary>
    [GeneratedRegex(@"(?<mark>\(\d{1,2}\)|\*{1,3}|[¹²³])\s*$")]
    private static partial Regex TitleMark();

    /// <summary>How far below a table its footnote may stand (another table or a paragraph may come between).</summary>
    const int MaxNoteDistance = 40;

    /// <summary>
    /// The unit stated by the footnote a table's title points to ("Table 1. Trade by period (1)" … "(1) million US
    /// dollars."), which a release prints once under all its tables.
    /// </summary>
    public static string? Footnote(string? title, IReadOnlyList<string> lines, int from)
    {
        if (title is null || TitleMark().Match(title) is not { Success: true } m) return null;
        var mark = m.Groups["mark"].Value;
        for (var i = from; i < lines.Count && i < from + MaxNoteDistance; i++)
            if (lines[i].TrimStart().StartsWith(mark, StringComparison.Ordinal)) return MoneyFinder.StatedUnit(lines[i]);
        return null;
    }

    /// <summary>The unit stated by a note right under a table ("(1) million US dollars", "Note: …").</summary>
    public static string? Below(string? text) =>
        string.IsNullOrWhiteSpace(text) || !(NoteMark().IsMatch(text) || PageLayoutWords.NoteLabel.IsMatch(text)) ? null : MoneyFinder.StatedUnit(text);
}
