namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A line that names the document's address ("Source: https://…", "Источник: …", "Източник: …", "Дереккөз: …"; the
/// labels in page-layout.json), as a note saved from a PDF or a copied page ends. A link inside a sentence is what the
/// text cites and gives no address.
/// </summary>
public static class SourceLine
{
    /// <returns>The address the first such line gives, or null.</returns>
    public static string? Find(IEnumerable<string> paragraphs)
    {
        foreach (var paragraph in paragraphs)
            foreach (var line in paragraph.Split('\n'))
                if (PageLayoutWords.SourceLine.Match(line.Trim()) is { Success: true } m
                    && Uri.TryCreate(m.Groups["url"].Value.TrimEnd('.', ',', ';', ')'), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                    return url.AbsoluteUri;
        return null;
    }
}
