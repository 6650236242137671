using Bot.Knowledge.Entities;

namespace Bot.Sources.Relevance;

/// <summary>
/// Aliases built only of institution words ("National Bank", "Foreign Trade Chamber", "Ministry of Regional
/// Development") name an institution of some country, not of ours: found inside "Bulgarian National Bank" they would
/// make a Bulgarian story look Kazakh. Such a match is no evidence of either country. The words are in relevance.json.
/// </summary>
public static class GenericNames
{
    static readonly HashSet<string> Words = AliasKeys.ForAlias(string.Join(' ', RelevanceWords.Default.InstitutionWords)).ToHashSet(StringComparer.Ordinal);

    public static bool IsGeneric(IReadOnlySet<string> aliasKeys) => aliasKeys.Count > 0 && aliasKeys.All(Words.Contains);
}
