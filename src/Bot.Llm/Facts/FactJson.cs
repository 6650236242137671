using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Bot.Llm.Facts;

/// <summary>
/// Facts as the model reads them: JSON, so document text stays a quoted string value however it is worded.
/// Cyrillic is kept readable (fewer tokens than \u escapes); markup characters are still escaped.
/// </summary>
public static class FactJson
{
    static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A tool result: optional notes ("count", "note") and the facts.</summary>
    public static string Result(IReadOnlyList<Fact> facts, params (string Name, string Value)[] notes) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var (name, value) in notes) w.WriteString(name, value);
        w.WriteStartArray("facts");
        foreach (var f in facts) WriteFact(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Prefetched facts for the answer prompt: one JSON object a line.</summary>
    public static string Lines(IEnumerable<Fact> facts) => string.Join('\n', facts.Select(f => Write(w => WriteFact(w, f))));

    static void WriteFact(Utf8JsonWriter w, Fact f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("type", f.Type);
        foreach (var field in f.Fields)
        {
            if (!field.IsList)
            {
                w.WriteString(field.Name, field.Values.Count == 0 ? "" : field.Values[0]);
                continue;
            }
            w.WriteStartArray(field.Name);
            foreach (var v in field.Values) w.WriteStringValue(v);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options)) body(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
