using Bot.Knowledge.Entities;

namespace Bot.Sources.Relevance;

/// <summary>
/// Aliases built only of institution words ("National Bank", "Foreign Trade Chamber", "Ministry of Regional
/// Development") name an institution of some country, not of ours: found inside "Bulgarian National Bank" they would
/// make a Bulgarian story look Kazakh. Such a match is no evidence of either country.
/// </summary>
public static class GenericNames
{
    static readonly HashSet<string> Words = AliasKeys.ForAlias(string.Join(' ',
    [
        "national", "state", "bank", "ministry", "minister", "foreign", "affairs", "trade", "chamber", "commerce", "industry", "government",
        "senate", "parliament", "assembly", "academy", "public", "administration", "committee", "council", "city", "municipal", "university",
        "embassy", "consulate", "honorary", "institute", "diplomatic", "regional", "development", "works", "economy", "economic", "transport",
        "communications", "education", "science", "youth", "sports", "health", "civil", "aviation", "space", "center", "centre", "statistics",
        "bureau", "joint", "business", "intergovernmental", "commission", "cooperation", "museum", "cultural", "culture", "language", "history",
        "department", "union", "technical", "scientific", "agency", "news", "radio", "television", "port", "zone", "president", "under",
        "национальный", "национален", "банк", "министерство", "комитет", "гражданской", "авиации", "бюро", "статистики", "центр", "център",
        "палата", "торговая", "търговско", "промишлена", "совет", "съвет", "общински", "университет", "посольство", "посолство", "консулство",
        "почетно", "агентство", "агенция", "радио", "телевизия", "музей", "министерство", "на", "ұлттық", "статистика", "бюросы", "министрлігі",
    ])).ToHashSet(StringComparer.Ordinal);

    public static bool IsGeneric(IReadOnlySet<string> aliasKeys) => aliasKeys.Count > 0 && aliasKeys.All(Words.Contains);
}
