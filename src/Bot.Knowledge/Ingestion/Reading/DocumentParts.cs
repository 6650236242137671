using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// What a reader found in a file of any format — text, and whatever metadata it states — turned into a
/// <see cref="SourceDocument"/> the same way for every format: a missing title from the first line, a missing date from
/// the dateline, a declared language checked, and a warning for everything the reader had to guess or leave out.
/// </summary>
public sealed record DocumentParts(IReadOnlyList<string> Paragraphs)
{
    public const int MaxTitleChars = 300;

    public string? Title { get; init; }
    public PartialDate? Published { get; init; }
    /// <summary>The source as metadata states it: a URL, or a plain label.</summary>
    public string? Source { get; init; }
    public string? DeclaredLang { get; init; }
    public bool Fictional { get; init; }
    /// <summary>A date the text appeared on or shortly before (the page it was appended to), for a dateline without a year.</summary>
    public PartialDate? Near { get; init; }
    public List<string> Warnings { get; init; } = [];
    /// <summary>The paragraphs that head a story of their own (see <see cref="SourceDocument.ItemHeads"/>).</summary>
    public IReadOnlyList<string> ItemHeads { get; init; } = [];
    /// <summary>The page's lines before its furniture was cut, whose lists of other stories date a dateline without a year.</summary>
    public IReadOnlyList<string> PageLines { get; init; } = [];

    public SourceDocument ToDocument(string uri)
    {
        if (Paragraphs.Count == 0) throw new IngestionException("no text");
        var warnings = new List<string>(Warnings);
        // A rubric slug above the headline ("ЭКОНОМИКА", "EXCLUSIVE") is neither the title nor a passage.
        var paragraphs = LongParagraphs.Cut(Title is null ? Kicker.SkipLeading(Paragraphs) : Paragraphs, warnings);
        var (url, label) = SourceParts(Source);
        var published = Published;
        if (published is null)
        {
            var dateline = Dateline.Find(Paragraphs, Near);
            published = Dateline.OfText(dateline, Paragraphs);
            if (dateline is not null) url ??= label is null ? dateline.SourceUrl : null;
        }
        // "АСТАНА, 12 марта. /Казинформ/ –": a dateline with no year takes one the address, title or text states.
        published ??= YearlessDateline.Find(Paragraphs, uri, Title, PageLines);
        // A page whose only date is its footer's "Page last updated: …" is of that day rather than of no day.
        published ??= ClosingDate.Modified(Paragraphs);
        if (published is null) warnings.Add("undated: no date in the metadata, the first lines or the last");
        var title = Title is { Length: > 0 } t ? Flatten(t) : Flatten(TextTitle.Of(paragraphs));
        if (title.Length > MaxTitleChars)
        {
            title = title[..MaxTitleChars] + "…";
            warnings.Add($"title shortened to {MaxTitleChars} characters");
        }
        var lang = LanguageCodes.Resolve(DeclaredLang, () => string.Join("\n", Paragraphs), warnings);
        if (Fictional) warnings.Add("marked fictional (fictional: true)");
        return new SourceDocument(uri, title, url, published, lang, paragraphs) { Warnings = warnings, Fictional = Fictional, SourceLabel = label, TitleFromText = Title is not { Length: > 0 }, ItemHeads = ItemHeads };
    }

    /// <summary>An absolute http(s) address is a link; anything else ("Reuters", "none") is cited as a label.</summary>
    static (string? Url, string? Label) SourceParts(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return (null, null);
        source = source.Trim();
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return (url.AbsoluteUri, null);
        return (null, source.Length <= 200 ? source : source[..200] + "…");
    }

    static string Flatten(string s) => string.Join(' ', s.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim('*', '_', ' ');
}
