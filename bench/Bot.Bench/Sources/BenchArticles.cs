using System.Globalization;
using System.Net;
using System.Text;

namespace Bot.Bench.Sources;

/// <summary>
/// The store bench's synthetic corpus (visits, signings, projects, trade, culture; English and Russian) turned into
/// article pages with the chrome a news site adds around the text, so SmartReader does its real work.
/// </summary>
internal static class BenchArticles
{
    public static List<BenchArticle> Generate(int count, int seed)
    {
        var rng = new Random(seed);
        var corpus = new CorpusGenerator(new CooperationWorld(rng), new Random(rng.Next()));
        return corpus.Documents(count).Select((d, i) => ToPage(d.Markdown, i)).ToList();
    }

    static BenchArticle ToPage(string markdown, int index)
    {
        var parts = markdown.Split("\n---\n", 2);
        var meta = parts[0].Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var paragraphs = parts[1].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var date = DateOnly.ParseExact(meta["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var published = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(5)).AddMinutes(index);
        var title = meta["title"];
        var html = new StringBuilder(8192)
            .Append("<!DOCTYPE html><html lang=\"").Append(meta.GetValueOrDefault("lang", "en")).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" | Bench News</title><script>window.analytics = [];</script></head><body>")
            .Append("<nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a> <a href=\"/economy\">Economy</a></nav><article><h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1>");
        foreach (var p in paragraphs) html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        html.Append("</article><footer>© Bench News</footer></body></html>");
        return new BenchArticle($"/news/{index}", title, published, html.ToString());
    }
}
