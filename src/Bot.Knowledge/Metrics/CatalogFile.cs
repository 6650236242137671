namespace Bot.Knowledge.Metrics;

// The shape of metrics.json, read once with System.Text.Json (snake_case names).
internal sealed record CatalogFile(
    Dictionary<string, Dictionary<string, string>> Texts, Dictionary<string, Dictionary<string, List<string>>> Countries, List<FamilyEntry> Families, List<MetricEntry> Metrics,
    List<string>? OtherCountries = null);

internal sealed record FamilyEntry(
    string Name, string Kind, Dictionary<string, string> Members, string? DefaultOwner, List<string>? Context,
    Dictionary<string, List<string>> Cues, List<CommodityEntry>? Commodities, Dictionary<string, List<string>>? QuestionCues = null, string? Parts = null);

internal sealed record CommodityEntry(string Name, List<string> Cues, Dictionary<string, string> Members);

internal sealed record MetricEntry(
    string Key, bool Generic, string Unit, string? Direction, bool Carry, string Undated, List<string>? Aliases,
    Dictionary<string, string> Labels, List<string> Question, string? Trade);
