using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion;

/// <summary>A document read from a file or URL, split into paragraphs, before extraction.</summary>
public sealed record SourceDocument(
    string Uri, string Title, string? Url, PartialDate? Published, string Lang, IReadOnlyList<string> Paragraphs)
{
    /// <summary>What the reader noticed but did not fail on (ignored front-matter keys, no date, a shortened title…).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The document says of itself that it is invented (front matter <c>fictional: true</c>).</summary>
    public bool Fictional { get; init; }

    /// <summary>A source named without a link ("Reuters", "press release"): cited as it is, never as a URL.</summary>
    public string? SourceLabel { get; init; }

    /// <summary>
    /// One of several news items of one page (see <see cref="Reading.NewsItems"/>): its place on the page
    /// ("#2018-12-12"), kept in the store key so the items of a page are documents of their own.
    /// </summary>
    public string? Anchor { get; init; }

    /// <summary>
    /// Where the text was read (a file's path, a fetched address) when it is stored under the source address it names
    /// instead (front matter <c>source:</c>, a canonical link); null when it is stored where it was read.
    /// </summary>
    public string? ReadFrom { get; init; }

    /// <summary>
    /// Another story the page carried below (or above) its own (<see cref="Reading.AppendedArticles"/>): stored only when
    /// it is about Kazakhstan and Bulgaria too.
    /// </summary>
    public bool Appended { get; init; }

    /// <summary>
    /// The text stated no title, so its first line or its lead's first sentence became one: the text's opening is then
    /// its lead, not a headline repeated above the lead, and states its facts like any other sentence.
    /// </summary>
    public bool TitleFromText { get; init; }

    /// <summary>The title the text stated, or empty when it stated none (<see cref="TitleFromText"/>).</summary>
    public string StatedTitle => TitleFromText ? "" : Title;

    /// <summary>
    /// The paragraphs that head a story of their own on the page (a Markdown heading, an HTML h2–h4, a paragraph all
    /// bold): where a digest is cut into its stories (<see cref="Reading.DigestItems"/>). Not part of the text's hash.
    /// </summary>
    public IReadOnlyList<string> ItemHeads { get; init; } = [];

    /// <summary>The news items of a page that holds several, each a document of its own; empty for a single article.</summary>
    public IReadOnlyList<SourceDocument> Items { get; init; } = [];

    /// <summary>The documents this one stands for: its items, or itself.</summary>
    public IReadOnlyList<SourceDocument> Documents => Items.Count > 0 ? Items : [this];

    /// <summary>The hash of "{Title}\n{Url}\n{Published}\n{paragraphs joined by blank lines}{Flags}".</summary>
    public string ContentHash => Hashes().Content;

    /// <summary>The text alone, whatever its title, address or date: the same article reached by two paths has one.</summary>
    public string BodyHash => Hashes().Body;

    /// <summary><see cref="ContentHash"/> and <see cref="BodyHash"/> from one encoding of the text: a save needs both.</summary>
    public (string Content, string Body) Hashes() => Hashing.Sha256WithBody([Title, "\n", Url, "\n", Published?.ToString(), "\n"], Paragraphs, "\n\n", [Flags]);

    // Appended only when set, so documents without them keep the hash they had before these fields existed.
    string Flags => (Fictional ? "\nfictional" : "") + (SourceLabel is null ? "" : "\nsource:" + SourceLabel);
}
