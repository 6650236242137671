using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Sources.Relevance;

/// <summary>The relevance test's vocabulary, from relevance.json (embedded): the C# keeps the rules, the file the words.</summary>
internal sealed class RelevanceWords
{
    public static RelevanceWords Default { get; } = Load();

    [JsonPropertyName("country_prefixes")] public Dictionary<string, List<string>> CountryPrefixes { get; init; } = [];

    [JsonPropertyName("institution_words")] public List<string> InstitutionWords { get; init; } = [];

    static RelevanceWords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("relevance.json")
            ?? throw new InvalidOperationException("relevance.json resource missing");
        return JsonSerializer.Deserialize<RelevanceWords>(stream) ?? throw new InvalidOperationException("relevance.json is empty");
    }
}
