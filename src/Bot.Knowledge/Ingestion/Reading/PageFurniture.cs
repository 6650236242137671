using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The lines of a page that are not its article, told by their words (page-layout.json) and shape: breadcrumbs,
/// share and print rows, tag rows, view counters, photo credits, bylines and "published on" lines, copyright and
/// contact lines (a phone number), a social post's tag line ("#tag #tag"), channel handle and counters ("👁 3,4K"), cookie and consent notices, and lists of other stories under their head ("Related articles", "Читайте
/// также"). Such a line never becomes evidence; a date it (or a line that is only a date) holds near the headline is
/// the page's.
/// </summary>
public static partial class PageFurniture
{
    const int MaxFurnitureChars = 220, MaxNoticeChars = 600;

    [GeneratedRegex(@"\s[|·•]\s|\s{3,}")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"\+\d[\d\s()\-]{7,}\d")]
    private static partial Regex Phone();

    /// <summary>A list item's mark: a bullet, or a number ("1.", "2)").</summary>
    [GeneratedRegex(@"^\s*(?:[•·▪◦\-–—*]|\d{1,2}[.)])\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s[>/»›→]\s")]
    private static partial Regex CrumbSeparator();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockTime();

    /// <summary>A post's counters: pictographs each with a number ("👁 3,4K", "❤️ 214  🔁 31").</summary>
    [GeneratedRegex(@"^(?:[\p{S}\p{Cs}\p{Mn}\p{Cf}]+\s*\d[\d\s.,]*[KkMm]?\s*)+$")]
    private static partial Regex Counters();

    /// <summary>A token of a social post's tag line: a hashtag, a channel's handle, its t.me address.</summary>
    [GeneratedRegex(@"^(?:[#@][\p{L}\p{N}_]+|(?:https?://)?t\.me/\S+)$")]
    private static partial Regex SocialTag();

    [GeneratedRegex(@"[.!?…:;»“""')\]]$")]
    private static partial Regex SentenceEnd();

    /// <summary>The paragraphs without their furniture lines (a paragraph of several lines keeps its other lines).</summary>
    public static List<string> Strip(IEnumerable<string> paragraphs) => KeepLines(paragraphs, IsFurniture);

    /// <summary>
    /// The paragraphs without the lists of other stories a copied page brings ("Читайте также:" and its teasers, "Read
    /// also: …" lines), and nothing else: a text saved as Markdown keeps its other short lines (a photo's caption, a
    /// "Source:" line), which a page's frame would not hold.
    /// </summary>
    public static List<string> StripStoryLists(List<string> paragraphs)
    {
        // Most texts have no such list: a look at each line's start (anchored, no copy) before any line is copied.
        if (!paragraphs.Any(HoldsSectionHead)) return paragraphs;
        return KeepLines(paragraphs, PageLayoutWords.SectionLead.IsMatch);
    }

    /// <summary>
    /// The paragraphs' non-empty lines outside the lists of other stories that <paramref name="drop"/> does not take,
    /// each paragraph kept with its other lines.
    /// </summary>
    static List<string> KeepLines(IEnumerable<string> paragraphs, Func<string, bool> drop)
    {
        var kept = new List<string>();
        var inList = StoryList.None;
        foreach (var paragraph in paragraphs)
        {
            var lines = new List<string>();
            foreach (var line in paragraph.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || InStoryList(trimmed, ref inList) || drop(trimmed)) continue;
                lines.Add(line);
            }
            if (lines.Count > 0) kept.Add(string.Join('\n', lines).Trim());
        }
        return kept;
    }

    static bool HoldsSectionHead(string paragraph)
    {
        for (var rest = paragraph.AsSpan(); ;)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (line.Length <= MaxNoticeChars && (PageLayoutWords.SectionHead.IsMatch(line) || PageLayoutWords.SectionLead.IsMatch(line))) return true;
            if (end < 0) return false;
            rest = rest[(end + 1)..];
        }
    }

    /// <summary>The non-empty lines of the paragraphs that are not in a list of other stories, furniture included.</summary>
    public static IEnumerable<string> OutsideStoryLists(IEnumerable<string> paragraphs)
    {
        var inList = StoryList.None;
        foreach (var paragraph in paragraphs)
            foreach (var line in paragraph.Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && !InStoryList(trimmed, ref inList)) yield return trimmed;
            }
    }

    /// <summary>Where a line stands towards a list of other stories: outside one, after its head, among bulleted or dated teasers.</summary>
    enum StoryList { None, Head, Bullets, Dated }

    /// <summary>Whether a line heads or continues a list of other stories, given where the line before it stood.</summary>
    static bool InStoryList(string trimmed, ref StoryList list)
    {
        if (PageLayoutWords.SectionHead.IsMatch(trimmed))
        {
            list = StoryList.Head;
            return true;
        }
        // Outside a list a line is in none, whatever it holds: most lines of a page are, and each (a whole paragraph) was
        // searched for dates only to be told so.
        if (list == StoryList.None) return false;
        // A line that is only a date is no teaser (a teaser has a headline): it is the page's own "21.10.2023, 16:05"
        // closing the text, and it ends the list.
        if (IsDateOnly(trimmed))
        {
            list = StoryList.None;
            return false;
        }
        // The list of other stories runs as long as its items look like teasers: a bullet, or a date first or last
        // ("Title — 6 июня 2025", "Title · 19.10.2023"). Items set out with bullets end at the first line without one:
        // "Струма Прес, 16.06.2016" under "• …" teasers is the article's own closing line, its source and date.
        if (Bullet().IsMatch(trimmed))
        {
            if (list == StoryList.Head) list = StoryList.Bullets;
            return true;
        }
        if (list != StoryList.Bullets && (StartsWithDate(trimmed) || EndsWithDate(trimmed)))
        {
            list = StoryList.Dated;
            return true;
        }
        list = StoryList.None;
        return false;
    }

    /// <summary>
    /// A line that is page furniture rather than the article's text. A line that is only a date is not: it is the
    /// page's (or one item's) own statement of when, kept with the text it dates.
    /// </summary>
    public static bool IsFurniture(string line)
    {
        line = line.Trim();
        if (line.Length == 0) return false;
        // A cookie or consent banner is a site's notice, not the article, however long its sentences run.
        if (line.Length <= MaxNoticeChars && PageLayoutWords.NoticeStart.IsMatch(line)) return true;
        if (line.Length > MaxFurnitureChars || IsDateOnly(line)) return false;
        if (IsCrumbs(line) || Phone().IsMatch(line) || PageLayoutWords.SectionLead.IsMatch(line) || IsTagLine(line) || Counters().IsMatch(line)) return true;
        var fields = FieldSeparator().Split(line).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (fields.Count >= 2)
            return fields.All(f => LabelField(f, alone: false) || IsDateOnly(f) || Counters().IsMatch(f) || f.All(c => char.IsDigit(c) || char.IsWhiteSpace(c)));
        return LabelField(line, alone: true);
    }

    /// <summary>
    /// The date of a furniture line ("09.06.2025, 14:35", "Публикувано на 10 май 2023", "By … | July 2014 | …"), if it is
    /// one; with the day the page was saved, also a date counted back from it ("Публикувана: преди 3 дни", "yesterday, 14:20").
    /// </summary>
    public static PartialDate? DateOf(string line, PartialDate? savedOn)
    {
        if (DateOf(line) is { } stated) return stated;
        if (savedOn is not { Day: not null } || DateFinder.Find(line, savedOn) is not [{ Relative: true, Start.Day: not null, End: null } counted]) return null;
        var rest = ClockTime().Replace(line.Remove(counted.Index, counted.Length), "");
        return IsFurniture(line) || rest.Count(char.IsLetter) <= 3 ? counted.Start : null;
    }

    /// <summary>The date of a furniture line ("09.06.2025, 14:35", "Публикувано на 10 май 2023", "By … | July 2014 | …"), if it is one.</summary>
    public static PartialDate? DateOf(string line)
    {
        if (!IsDateOnly(line) && !IsFurniture(line)) return null;
        if (DateFinder.First(line, null) is { } day) return PartialDate.From(day);
        // A month and year alone is the date of a page that gives no day ("Маусым 2025 · Автор: …").
        return IsRange(line) ? null : DateFinder.Find(line, null).Where(m => m.Start.Month is not null).Select(m => (PartialDate?)m.Start).FirstOrDefault();
    }

    /// <summary>A line that is only a date, with perhaps its time and a view count ("15 маусым 2025, 12:30 👁 845").</summary>
    public static bool IsDateOnly(string line)
    {
        var dates = DateFinder.Find(line, null).Where(m => !m.Relative).ToList();
        if (dates.Count == 0 || dates.All(d => d.Start.Month is null)) return false;
        var rest = line;
        foreach (var d in dates.OrderByDescending(d => d.Index)) rest = rest.Remove(d.Index, d.Length);
        rest = ClockTime().Replace(rest, "");
        return rest.Count(char.IsLetter) <= 3;
    }

    /// <summary>"#Астана #София", "@channel", "t.me/channel": a post's tags and its channel's address, no statement.</summary>
    static bool IsTagLine(string line) =>
        line[0] is '#' or '@' or 't' or 'h' && line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(t => SocialTag().IsMatch(t));

    static bool StartsWithDate(string line) => DateFinder.Find(line, null) is [{ Index: <= 2, Relative: false }, ..];

    static bool EndsWithDate(string line) =>
        line.Length <= MaxFurnitureChars && DateFinder.Find(line, null) is [.., { Relative: false } last] && last.Index + last.Length >= line.TrimEnd(' ', '.', ')', ']').Length - 1;

    static bool IsRange(string line) => DateFinder.Find(line, null).Any(m => m.End is not null);

    static bool IsCrumbs(string line) =>
        PageLayoutWords.HomeStart.IsMatch(line) && CrumbSeparator().IsMatch(line) && !SentenceEnd().IsMatch(line);

    /// <summary>
    /// A field that starts with a furniture word: always when a colon follows ("Photo: …", "Теги: …"); without one
    /// only if it is not a sentence ("Публикувано от admin на 16 юни 2016", "Share Tweet Email Print", "By Staff
    /// reporter") — "Photo exhibitions opened in Sofia." is news.
    /// </summary>
    static bool LabelField(string field, bool alone)
    {
        var m = PageLayoutWords.FurnitureStart.Match(field);
        if (!m.Success) return false;
        if (m.Groups["colon"].Success || field.StartsWith('©')) return true;
        var rest = field[m.Length..].Trim();
        if (rest.Length == 0) return true;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Among other fields of furniture ("By Staff reporter in Nation on June 2025 · 4 min read") a few words more.
        if (!alone) return words <= 8;
        if (SentenceEnd().IsMatch(field)) return false;
        // Alone, a few words ("Прочетено 248 пъти", "Share Tweet Email") or a date with its label ("Публикувано от
        // admin на 16 юни 2016"); "By 2028 the route will carry ten million tonnes" is a sentence.
        return words <= 4 || (words <= 8 && DateFinder.First(field, null) is not null);
    }
}
