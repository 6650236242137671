using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion;

/// <summary>A document read from a file or URL, split into paragraphs, before extraction.</summary>
public sealed record SourceDocument(
    string Uri, string Title, string? Url, PartialDate? Published, string Lang, IReadOnlyList<string> Paragraphs)
{
    public string ContentHash => Hashing.Sha256($"{Title}\n{Url}\n{Published}\n{string.Join("\n\n", Paragraphs)}");
}
