namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Splits a Markdown text into its front-matter block and the body: YAML between "---" fences on the first lines, or
/// TOML between "+++" fences, or a JSON object opening the file, as Hugo writes them.
/// </summary>
public static class FrontMatterBlock
{
    /// <returns>The block (null when the text has none), the body, the line the block starts on, and its format.</returns>
    /// <remarks>Walks the lines in place: every document ingested comes through here, and only the block and the body are copied out.</remarks>
    public static (string? Block, string Body, int BlockLine, FrontMatterFormat Format) Split(string text)
    {
        var (block, source, bodyStart, line, format) = Locate(text);
        return (block, bodyStart == 0 ? source : source[bodyStart..], line, format);
    }

    /// <summary>
    /// The same, with the body left where it stands: it is <c>Text[BodyStart..]</c>, where <c>Text</c> is the text itself or,
    /// when it had Windows line ends, the text with Unix ones. A Markdown file's body is read in place (<see cref="MarkdownReader"/>)
    /// rather than copied out of the file's text first.
    /// </summary>
    public static (string? Block, string Text, int BodyStart, int BlockLine, FrontMatterFormat Format) Locate(string text)
    {
        var t = text.Replace("\r\n", "\n");
        var firstEnd = t.IndexOf('\n');
        if (JsonFrontMatter.Opens(firstEnd < 0 ? t : t.AsSpan(0, firstEnd)))
        {
            var (json, rest) = JsonFrontMatter.Split(t);
            return (json, rest, 0, 1, FrontMatterFormat.Json);
        }
        var fence = (firstEnd < 0 ? t.AsSpan() : t.AsSpan(0, firstEnd)).TrimEnd() switch
        {
            "---" => "---",
            "+++" => "+++",
            _ => null,
        };
        if (fence is null) return (null, text, 0, 0, FrontMatterFormat.Yaml);
        var toml = fence == "+++";
        var blockStart = firstEnd + 1;
        for (var start = blockStart; firstEnd >= 0;)
        {
            var end = t.IndexOf('\n', start);
            var line = (end < 0 ? t.AsSpan(start) : t.AsSpan(start, end - start)).TrimEnd();
            // YAML's own end-of-document marker "..." closes a YAML block too.
            if (line.SequenceEqual(fence) || (!toml && line is "..."))
                return (start == blockStart ? "" : t[blockStart..(start - 1)], t, end < 0 ? t.Length : end + 1, 2, toml ? FrontMatterFormat.Toml : FrontMatterFormat.Yaml);
            if (end < 0) break;
            start = end + 1;
        }
        throw new IngestionException($"front matter starts with '{fence}' but is never closed");
    }
}

/// <summary>How a front-matter block is written.</summary>
public enum FrontMatterFormat { Yaml, Toml, Json }
