namespace Bot.Knowledge.Tests;

/// <summary>Builds a .md document with the front-matter block the ingestor reads.</summary>
internal static class MarkdownDoc
{
    public static string With(string title, string date, string lang, string body, string? source = null) =>
        $"---\ntitle: {title}\ndate: {date}\n{(source is null ? "" : $"source: {source}\n")}lang: {lang}\n---\n\n{body}\n";
}
