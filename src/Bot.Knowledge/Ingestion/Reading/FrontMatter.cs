using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The YAML block at the top of a Markdown file, as Hugo, Jekyll and most static-site tools write it. Only the fields
/// the store uses are read; any other key (author, slug, tags, categories…) is listed in <see cref="IgnoredKeys"/> so
/// the ingest report can say so, and never makes the document fail. A TOML block ("+++" fences) and a JSON object are
/// read by the same rules (see <see cref="TomlFrontMatter"/>, <see cref="JsonFrontMatter"/>).
/// </summary>
public sealed record FrontMatter(string? Title, string? Date, string? Source, string? Lang, bool Fictional, IReadOnlyList<string> IgnoredKeys)
{
    public static readonly FrontMatter None = new(null, null, null, null, false, []);

    // Each field under the names the common site generators give it; the first name present wins.
    static readonly string[] TitleKeys = ["title", "headline"];
    static readonly string[] DateKeys = ["date", "publishdate", "published", "pubdate", "date_published", "datepublished", "publish_date", "published_at", "created", "created_at"];
    static readonly string[] SourceKeys = ["source", "url", "canonical", "canonical_url", "canonicalurl", "source_url", "link", "original_url", "source_link", "external_url"];
    static readonly string[] LangKeys = ["lang", "language", "languagecode", "locale"];
    static readonly string[] FictionalKeys = ["fictional"];

    /// <param name="yaml">The text between the fences.</param>
    /// <param name="firstLine">The file line the block starts on, so an error names the line a user sees.</param>
    /// <param name="format">How the block is written: YAML, TOML ("+++" fences) or JSON.</param>
    public static FrontMatter Parse(string yaml, int firstLine, FrontMatterFormat format = FrontMatterFormat.Yaml)
    {
        string? lenient = null;
        Dictionary<string, string?>? fields = format switch
        {
            FrontMatterFormat.Toml => TomlFrontMatter.Fields(yaml, firstLine),
            FrontMatterFormat.Json => JsonFrontMatter.Fields(yaml, firstLine),
            _ => FrontMatterLines.Plain(yaml),
        };
        try
        {
            fields ??= Fields(yaml, firstLine);
        }
        catch (IngestionException e) when (FrontMatterLines.Fields(yaml) is { } lines)
        {
            // People write "tags: a, b: c" or leave a quote open; a block that still reads as "key: value" lines is read so.
            fields = lines;
            lenient = $"{e.Message}; read as plain 'key: value' lines";
        }
        var known = TitleKeys.Concat(DateKeys).Concat(SourceKeys).Concat(LangKeys).Concat(FictionalKeys).ToHashSet(StringComparer.Ordinal);
        return new FrontMatter(
            First(fields, TitleKeys), First(fields, DateKeys), First(fields, SourceKeys), First(fields, LangKeys),
            First(fields, FictionalKeys) is { } f && IsTrue(f),
            fields.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList()) { Lenient = lenient };
    }

    /// <summary>Why the block was read line by line instead of as YAML, when it was: a warning for the report.</summary>
    public string? Lenient { get; init; }

    static Dictionary<string, string?> Fields(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new IngestionException($"front matter is not valid YAML (line {firstLine + e.Start.Line - 1}): {FirstSentence(e.Message)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections ("tags: [a, b").
            throw new IngestionException("front matter is not valid YAML (an unclosed [ or { ?)");
        }
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0) return fields;
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
            throw new IngestionException($"front matter (line {firstLine}) is not a list of 'key: value' lines");
        foreach (var (key, value) in map.Children)
            if (key is YamlScalarNode { Value: { Length: > 0 } name }) fields[name.Trim().ToLowerInvariant()] = Text(value);
        return fields;
    }

    /// <summary>A scalar as written; a list by its first item (a source given as a list of links, say); a map not at all.</summary>
    static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(),
        YamlSequenceNode list => list.Children.Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    static string? First(Dictionary<string, string?> fields, string[] keys) =>
        keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    // YAML 1.1 booleans, which Jekyll and Hugo both accept.
    static bool IsTrue(string value) => value.ToLowerInvariant() is "true" or "yes" or "on" or "1";

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
