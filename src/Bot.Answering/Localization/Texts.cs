using System.Reflection;
using System.Text.Json;
using Bot.Knowledge.Ingestion.Reading;

namespace Bot.Answering.Localization;

/// <summary>Every user-visible sentence in English, Russian, Bulgarian and Kazakh, from the embedded texts.json.</summary>
public static class Texts
{
    /// <summary>The languages every text has: the store's own (<see cref="LanguageCodes.Supported"/>).</summary>
    public static IReadOnlyList<string> Languages => LanguageCodes.Supported;

    static readonly Dictionary<string, Dictionary<string, string>> All = Load();

    static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("texts.json")
            ?? throw new InvalidOperationException("texts.json resource missing");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }

    public static IEnumerable<string> Keys => All.Keys;

    public static string Get(string lang, string key, params object[] args)
    {
        if (!All.TryGetValue(key, out var byLang)) throw new KeyNotFoundException($"text '{key}'");
        var template = byLang.GetValueOrDefault(lang) ?? byLang["en"];
        return TextFormatter.Format(lang, template, args);
    }

    public static bool Has(string key) => All.ContainsKey(key);

    public static string Pick(string lang, string key, int index) => Get(lang, key).Split('|')[index];
}
