namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The letterhead a ministry note opens with ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN", in
/// capitals, naming a sender of page-layout.json): it names the sender, not the document. When a real title follows
/// it, that is the title. A headline in capitals names no sender and stays the title.
/// </summary>
public static class Letterhead
{
    const int MinLetters = 8, MaxTitleChars = 200, LinesLooked = 3;

    /// <returns>The title after a letterhead in capitals, or null when the text does not open with one.</returns>
    public static string? TitleAfter(IReadOnlyList<string> paragraphs)
    {
        var capitals = 0;
        // By lines: a letterhead and the title under it are often one block of centred lines.
        foreach (var paragraph in paragraphs.Take(LinesLooked))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            // A letterhead may take two lines ("MINISTRY OF FOREIGN AFFAIRS" over "OF THE REPUBLIC OF KAZAKHSTAN").
            var head = lines.TakeWhile(InCapitals).Count();
            capitals += head;
            if (head == lines.Count) continue;
            // Capitals that name no sender ("KAZMUNAYGAS ENTERS RACE…") are a headline, and the headline is the title.
            if (capitals == 0 || !paragraphs.SelectMany(p => p.Split('\n')).Take(capitals).Any(l => PageLayoutWords.Sender.IsMatch(l))) return null;
            // The title is the rest of the block, a line or two.
            var title = string.Join(' ', lines.Skip(head));
            return title.Length > MaxTitleChars || title.EndsWith('.') || title.Contains(" | ", StringComparison.Ordinal)
                || PageFurniture.IsDateOnly(title) || PageFurniture.IsFurniture(title) ? null : title;
        }
        return null;
    }

    /// <summary>Words in capitals only, two or more of them: a letterhead, not a sentence.</summary>
    static bool InCapitals(string paragraph)
    {
        var letters = paragraph.Where(char.IsLetter).ToList();
        return letters.Count >= MinLetters && letters.All(char.IsUpper) && paragraph.Trim().Contains(' ');
    }
}
