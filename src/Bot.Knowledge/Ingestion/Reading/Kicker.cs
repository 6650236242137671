namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The slug a site sets above a headline in capitals — its rubric or a label ("ЭКОНОМИКА", "EXCLUSIVE", "САЯСАТ",
/// "BREAKING NEWS"): a word or three naming a section, not the story. It is never a document's title, and a headline set
/// under it is. A line in capitals that names a sender ("ПОСОЛЬСТВО НА РЕПУБЛИКА КАЗАХСТАН") is a letterhead
/// (<see cref="Letterhead"/>), and a headline in capitals is longer than a slug.
/// </summary>
public static class Kicker
{
    const int MaxWords = 3, MaxChars = 40, MinLetters = 3;

    public static bool Is(string line)
    {
        line = line.Trim();
        if (line.Length is 0 or > MaxChars) return false;
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsDigit(c) || char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        if (letters < MinLetters || line[^1] is '.' or '!' or '?' or ',' or ';') return false;
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords && !PageLayoutWords.Sender.IsMatch(line);
    }

    /// <summary>
    /// The paragraphs without the slugs that open them (a paragraph of its own, or the first lines of one) when a
    /// headline follows them; a short headline in capitals over a dateline ("RAIL FREIGHT TALKS") stays.
    /// </summary>
    public static IReadOnlyList<string> SkipLeading(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Take(LinesLooked).SelectMany((p, i) => p.Split('\n').Select(l => (Paragraph: i, Line: l))).ToList();
        var slugs = lines.TakeWhile(l => Is(l.Line)).Count();
        if (slugs == 0 || slugs == lines.Count || !IsHeadline(lines[slugs].Line)) return paragraphs;
        var (at, _) = lines[slugs];
        var rest = string.Join('\n', lines.Skip(slugs).Where(l => l.Paragraph == at).Select(l => l.Line));
        return [rest, .. paragraphs.Skip(at + 1)];
    }

    const int LinesLooked = 3, MaxHeadlineChars = 200;

    /// <summary>A line set as a headline: words in both cases, no full stop, not a date.</summary>
    static bool IsHeadline(string line)
    {
        line = line.Trim();
        return line.Length is > 0 and <= MaxHeadlineChars && line.Any(char.IsLower) && line[^1] is not ('.' or ';' or ',')
            && !PageFurniture.IsDateOnly(line) && !PageFurniture.IsFurniture(line);
    }
}
