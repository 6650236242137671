using System.Reflection;
using System.Text.Json;

namespace Bot.Answering.Lexicon;

/// <summary>Reads the language data files embedded in this assembly (lexicon, cues, span words).</summary>
public static class EmbeddedJson
{
    // New options for each file, not one kept: options keep what they learned of every type they read (and the code they
    // emitted to read its properties) for as long as they live; these files are read once, as the process starts.
    static JsonSerializerOptions Options => new(JsonSerializerDefaults.Web);

    public static T Load<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} resource missing");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"{name} is empty");
    }
}
