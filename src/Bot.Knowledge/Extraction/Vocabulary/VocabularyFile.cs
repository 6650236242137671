using System.Reflection;
using System.Text.Json;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>Reads the embedded vocabulary files (calendar.json, agreements.json, events.json, names.json, places.json).</summary>
internal static class VocabularyFile
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static T Load<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("vocabulary." + name)
            ?? throw new InvalidOperationException($"embedded vocabulary '{name}' is missing");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"vocabulary '{name}' is empty");
    }
}
