namespace Bot.Bench.Sources;

/// <summary>One generated news article as a site would serve it: its path, feed title and date, and the page.</summary>
internal sealed record BenchArticle(string Path, string Title, DateTimeOffset Published, string Html);
