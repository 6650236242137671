using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The date a text states after itself, for a page that gives none at its top: a "published" line in its footer
/// ("Жарияланған күні: 12.03.2025", "Published: 12 March 2025", "Дата публикации: …"), a line that is only a date, or a
/// government page's closing line ("Астана, 12 марта 2025 года"). Only the last lines of the article count, never a
/// list of other stories under its head ("Read also") nor a line saying when the page was changed.
/// </summary>
public static class ClosingDate
{
    /// <summary>How many lines of text (furniture not counted) from the end a closing date may stand.</summary>
    const int LinesLooked = 3;

    /// <summary>A closing line is a date with at most a place or a signature beside it.</summary>
    const int MaxOtherWords = 3;

    public static PartialDate? Find(IEnumerable<string> paragraphs)
    {
        var lines = PageFurniture.OutsideStoryLists(paragraphs).ToList();
        var looked = 0;
        for (var i = lines.Count - 1; i >= 0 && looked < LinesLooked; i--)
        {
            var line = lines[i];
            if (PageLayoutWords.ModifiedStart.IsMatch(line)) continue;
            var furniture = PageFurniture.IsFurniture(line);
            if ((furniture || PageFurniture.IsDateOnly(line)) && PageFurniture.DateOf(line) is { Day: not null } stated) return stated;
            if (ClosingLine(line) is { } closing) return closing;
            if (!furniture) looked++;
        }
        return null;
    }

    /// <summary>
    /// The date of a "last updated" stamp among the text's last lines ("Page last updated: 20 June 2025"): when the page
    /// was changed, taken only when the text states no date of its own.
    /// </summary>
    public static PartialDate? Modified(IEnumerable<string> paragraphs)
    {
        var lines = PageFurniture.OutsideStoryLists(paragraphs).ToList();
        var looked = 0;
        for (var i = lines.Count - 1; i >= 0 && looked < LinesLooked; i--)
        {
            if (PageLayoutWords.ModifiedStart.IsMatch(lines[i]) && DateFinder.First(lines[i], null) is { } date) return PartialDate.From(date);
            if (!PageFurniture.IsFurniture(lines[i])) looked++;
        }
        return null;
    }

    /// <summary>"Астана, 12 марта 2025 года", "Пресс-служба МИД, 12.03.2025": one full date and a few words.</summary>
    static PartialDate? ClosingLine(string line)
    {
        if (line.Length > 100) return null;
        var dates = DateFinder.Find(line, null);
        if (dates is not [{ Relative: false, Start.Day: not null, End: null } date]) return null;
        var rest = line.Remove(date.Index, date.Length);
        var words = rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        return words <= MaxOtherWords ? date.Start : null;
    }
}
