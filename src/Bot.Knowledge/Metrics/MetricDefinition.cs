namespace Bot.Knowledge.Metrics;

/// <summary>
/// One metric of the catalogue: its key (stored with every figure), its direction (<c>kz_to_bg</c>, <c>bg_to_kz</c> or
/// none), the unit it is counted in, its labels in en/ru/bg/kk, and the older keys that still name it.
/// </summary>
public sealed record MetricDefinition(
    string Key, string? Direction, string Unit, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Aliases,
    bool CarriesPeriod, bool DatedByDocument, int Order, bool IsGeneric = false, string? Trade = null)
{
    /// <summary>Listed by the trade overview (/trade).</summary>
    public bool InTradeList => Trade is "list" or "chart";

    /// <summary>Drawn as bars of the yearly trade chart.</summary>
    public bool InTradeChart => Trade == "chart";

    public const string KazakhstanToBulgaria = "kz_to_bg";
    public const string BulgariaToKazakhstan = "bg_to_kz";

    /// <summary>The label in the language asked for, else English.</summary>
    public string Label(string lang) => Labels.TryGetValue(lang, out var l) ? l : Labels.GetValueOrDefault("en", Key);
}
