using System.Reflection;
using System.Text.Json;
using Bot.Answering.Localization;

namespace Bot.Telegram.Localization;

/// <summary>The chat's own texts (greeting, help, buttons, alerts) in the four languages; answer texts come from Bot.Answering.</summary>
public static class BotTexts
{
    static readonly Dictionary<string, Dictionary<string, string>> All = Load();

    static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("bot-texts.json")
            ?? throw new InvalidOperationException("bot-texts.json resource missing");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }

    public static IEnumerable<string> Keys => All.Keys;

    public static bool Has(string key) => All.ContainsKey(key);

    public static string Get(string lang, string key, params object[] args)
    {
        if (!All.TryGetValue(key, out var byLang)) return Texts.Get(lang, key, args);
        var template = byLang.GetValueOrDefault(lang) ?? byLang["en"];
        return TextFormatter.Format(lang, template, args);
    }

    public static IReadOnlyList<string> Examples(string lang) => Get(lang, "examples").Split('|');
}
