using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion;

/// <summary>Markdown with a front-matter block of title/date/source/lang lines between "---" fences.</summary>
public static class MarkdownReader
{
    static readonly HashSet<string> Known = ["title", "date", "source", "url", "lang", "language"];

    public static SourceDocument Read(string uri, string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var bodyStart = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
            if (close < 0) throw new IngestionException("front-matter starts with '---' but is never closed");
            for (var i = 1; i < close; i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
                var colon = line.IndexOf(':');
                if (colon <= 0) throw new IngestionException($"front-matter line {i + 1} is not 'key: value': \"{Shorten(line)}\"");
                var key = line[..colon].Trim();
                if (!Known.Contains(key)) throw new IngestionException($"front-matter line {i + 1} has unknown key '{Shorten(key)}' (expected title, date, source, lang)");
                fields[key] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
            bodyStart = close + 1;
        }
        var body = string.Join('\n', lines[bodyStart..]);
        var paragraphs = Paragraphs.Split(body, markdown: true);
        if (paragraphs.Count == 0) throw new IngestionException("no text after the front-matter");
        PartialDate? date = null;
        if (fields.TryGetValue("date", out var d) && d.Length > 0)
            date = PartialDate.Parse(d) ?? throw new IngestionException($"front-matter date '{Shorten(d)}' is not YYYY-MM-DD");
        var url = fields.GetValueOrDefault("source") ?? fields.GetValueOrDefault("url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new IngestionException($"front-matter source '{Shorten(url)}' is not an absolute URL");
        var title = fields.GetValueOrDefault("title") ?? paragraphs[0];
        var lang = fields.GetValueOrDefault("lang") ?? fields.GetValueOrDefault("language") ?? Text.LanguageGuess.Of(body);
        return new SourceDocument(uri, Shorten(title, 300), url, date, lang, paragraphs);
    }

    static string Shorten(string s, int max = 60) => s.Length <= max ? s : s[..max] + "…";
}
