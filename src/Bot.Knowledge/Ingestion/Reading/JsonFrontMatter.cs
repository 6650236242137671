using System.Text;
using System.Text.Json;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A JSON front-matter block, as Hugo writes it: one object at the very top of the file, with no fences, the body
/// after its closing brace. Read as the same flat fields a YAML block gives: top-level keys only, an array by its first
/// item, a nested object ("params") not at all, so it is listed among the ignored keys.
/// </summary>
internal static class JsonFrontMatter
{
    static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Whether a text opens with a JSON object ("{" alone on the first line, or "{" and a quoted key).</summary>
    public static bool Opens(ReadOnlySpan<char> firstLine)
    {
        var line = firstLine.Trim();
        return line is "{" || line.Length > 1 && line[0] == '{' && line[1..].TrimStart() is ['"', ..];
    }

    /// <returns>The object's text and the body after it (from the line after its closing brace).</returns>
    public static (string Block, string Body) Split(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            using var _ = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw Invalid(e, 1);
        }
        var end = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.BytesConsumed);
        var lineEnd = text.IndexOf('\n', end);
        return (text[..end], lineEnd < 0 ? "" : text[(lineEnd + 1)..]);
    }

    public static Dictionary<string, string?> Fields(string json, int firstLine)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw Invalid(e, firstLine);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new IngestionException($"front matter (line {firstLine}) is not a JSON object of 'key: value' pairs");
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
                if (property.Name.Trim().Length > 0) fields[property.Name.Trim().ToLowerInvariant()] = Text(property.Value);
            return fields;
        }
    }

    static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(Text).FirstOrDefault(t => t is not null),
        _ => null,
    };

    static IngestionException Invalid(JsonException e, int firstLine) => new(
        $"front matter is not valid JSON (line {firstLine + (int)(e.LineNumber ?? 0)}): {FirstSentence(e.Message)}");

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
