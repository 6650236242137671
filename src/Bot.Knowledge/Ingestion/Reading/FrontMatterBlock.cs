namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>Splits a Markdown text into its front-matter block (between "---" fences on the first lines) and the body.</summary>
public static class FrontMatterBlock
{
    /// <returns>The YAML (null when the text has none), the body, and the line the YAML starts on.</returns>
    /// <remarks>Walks the lines in place: every document ingested comes through here, and only the block and the body are copied out.</remarks>
    public static (string? Yaml, string Body, int YamlLine) Split(string text)
    {
        var t = text.Replace("\r\n", "\n");
        var firstEnd = t.IndexOf('\n');
        if ((firstEnd < 0 ? t.AsSpan() : t.AsSpan(0, firstEnd)).TrimEnd() is not "---") return (null, text, 0);
        var yamlStart = firstEnd + 1;
        for (var start = yamlStart; firstEnd >= 0;)
        {
            var end = t.IndexOf('\n', start);
            // YAML's own end-of-document marker "..." closes the block too.
            if ((end < 0 ? t.AsSpan(start) : t.AsSpan(start, end - start)).TrimEnd() is "---" or "...")
                return (start == yamlStart ? "" : t[yamlStart..(start - 1)], end < 0 ? "" : t[(end + 1)..], 2);
            if (end < 0) break;
            start = end + 1;
        }
        throw new IngestionException("front matter starts with '---' but is never closed");
    }
}
