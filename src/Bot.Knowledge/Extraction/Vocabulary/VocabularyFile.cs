using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>Reads the embedded vocabulary files (calendar.json, agreements.json, events.json, names.json, places.json).</summary>
internal static class VocabularyFile
{
    // New options for each file, not one kept: options keep what they learned of every type they read (and the code they
    // emitted to read its properties) for as long as they live, about 1 MB of the GC heap for the vocabularies' types, used
    // once, as the process starts.
    static JsonSerializerOptions Json => new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    static readonly JsonDocumentOptions Document = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>A vocabulary file, its Kazakh words also in the Kazakh Latin alphabet (<see cref="KazakhLatinForms"/>).</summary>
    public static T Load<T>(string name) =>
        Parse("vocabulary." + name, mixedLists: false).Deserialize<T>(Json) ?? throw new InvalidOperationException($"vocabulary '{name}' is empty");

    /// <summary>A vocabulary file as written: the files that say how a script is spelt (kazakh-latin.json, alphabet.json).</summary>
    public static T LoadAsWritten<T>(string name)
    {
        using var stream = Open("vocabulary." + name);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"vocabulary '{name}' is empty");
    }

    /// <summary>
    /// An embedded file of words by its resource name, with its Kazakh words also in the Kazakh Latin alphabet;
    /// <paramref name="mixedLists"/> when its lists mix the languages unlabelled (metrics.json, figure-words.json).
    /// </summary>
    public static JsonNode Parse(string resource, bool mixedLists)
    {
        using var stream = Open(resource);
        var node = JsonNode.Parse(stream, documentOptions: Document) ?? throw new InvalidOperationException($"'{resource}' is empty");
        return KazakhLatinForms.Add(node, mixedLists)!;
    }

    static Stream Open(string resource) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded vocabulary '{resource}' is missing");
}
