namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The letterhead a ministry note opens with ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN", in
/// capitals): it names the sender, not the document. When a real title follows it, that is the title.
/// </summary>
public static class Letterhead
{
    const int MinLetters = 8, MaxTitleChars = 200, LinesLooked = 3;

    /// <returns>The title after a letterhead in capitals, or null when the text does not open with one.</returns>
    public static string? TitleAfter(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count < 2 || !InCapitals(paragraphs[0])) return null;
        for (var i = 1; i < paragraphs.Count && i <= LinesLooked; i++)
        {
            var p = paragraphs[i];
            // A letterhead may take two lines ("MINISTRY OF FOREIGN AFFAIRS" over "OF THE REPUBLIC OF KAZAKHSTAN").
            if (InCapitals(p)) continue;
            if (p.Length > MaxTitleChars || p.TrimEnd().EndsWith('.') || PageFurniture.IsDateOnly(p) || PageFurniture.IsFurniture(p)) return null;
            return string.Join(' ', p.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
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
