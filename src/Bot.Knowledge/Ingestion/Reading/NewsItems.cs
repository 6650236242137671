using System.Text.RegularExpressions;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A page of several short news items, each under its own date (a news feed, a chronicle, an embassy's "news" page):
/// read as one document per item, so "today" in each item is that item's day and its facts carry its date, not the
/// newest item's. A page is taken as such only when at least two lines that are only a date each start a stretch of
/// text; a single article with one date line under its headline is one document.
/// </summary>
public static partial class NewsItems
{
    const int MinItems = 2;
    const int MinItemTextChars = 40;
    const int MaxHeadingChars = 160;

    [GeneratedRegex(@"[.!?…:;]$")]
    private static partial Regex SentenceEnd();

    public sealed record Item(PartialDate Date, string? Title, List<string> Paragraphs);

    /// <returns>The items in page order, or null when the page is one article.</returns>
    public static List<Item>? Split(IReadOnlyList<string> paragraphs)
    {
        var dates = new List<(int At, PartialDate Date)>();
        for (var i = 0; i < paragraphs.Count; i++)
            if (PageFurniture.IsDateOnly(paragraphs[i]) && PageFurniture.DateOf(paragraphs[i]) is { Day: not null } date) dates.Add((i, date));
        if (dates.Count < MinItems) return null;

        // An item's headline may stand above its date ("<h2>…</h2><span>12.12.2018</span>"): it then starts the item.
        var starts = dates.Select((d, k) => k > 0 && d.At - 1 > dates[k - 1].At + 1 && IsHeading(paragraphs[d.At - 1]) ? d.At - 1
            : k == 0 && d.At > 0 && IsHeading(paragraphs[d.At - 1]) && d.At - 1 > 0 ? d.At - 1 : d.At).ToList();
        var items = new List<Item>();
        for (var k = 0; k < dates.Count; k++)
        {
            var end = k + 1 < dates.Count ? starts[k + 1] : paragraphs.Count;
            var body = paragraphs.Skip(starts[k]).Take(end - starts[k]).ToList();
            var text = body.Where(p => p != paragraphs[dates[k].At]).ToList();
            if (text.Sum(p => p.Length) < MinItemTextChars) return null;
            items.Add(new Item(dates[k].Date, text.FirstOrDefault(IsHeading), body));
        }
        return items;
    }

    static bool IsHeading(string paragraph) =>
        paragraph.Length <= MaxHeadingChars && !paragraph.Contains('\n') && !SentenceEnd().IsMatch(paragraph.TrimEnd()) && !PageFurniture.IsDateOnly(paragraph)
        && !Kicker.Is(paragraph);
}
