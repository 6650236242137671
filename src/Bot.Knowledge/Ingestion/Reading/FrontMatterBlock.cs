namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>Splits a Markdown text into its front-matter block (between "---" fences on the first lines) and the body.</summary>
public static class FrontMatterBlock
{
    /// <returns>The YAML (null when the text has none), the body, and the line the YAML starts on.</returns>
    public static (string? Yaml, string Body, int YamlLine) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (null, text, 0);
        // YAML's own end-of-document marker "..." closes the block too.
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0) throw new IngestionException("front matter starts with '---' but is never closed");
        return (string.Join('\n', lines[1..close]), string.Join('\n', lines[(close + 1)..]), 2);
    }
}
