namespace Bot.Knowledge.Extraction.Figures;

// The shape of figure-words.json (snake_case names).
internal sealed record FigureWordsFile(
    Dictionary<string, List<string>> Scales, Dictionary<string, List<string>> Units, Dictionary<string, CurrencyWords> Currencies, List<string> CurrencyCountry, List<string> Percent,
    QualifierWords Qualifiers, GrowthWords Growth, FrequencyWords Frequency, List<string> Composition, List<string> Anaphora, List<string>? Totals = null, List<string>? ComparedWhen = null, List<string>? ValueHeaders = null,
    List<string>? PartOf = null);

internal sealed record FrequencyWords(List<string> Times, Dictionary<string, List<string>> Per);

internal sealed record CurrencyWords(List<string> Prefix, List<string> Suffix);

internal sealed record QualifierWords(Dictionary<string, List<string>> Before, Dictionary<string, List<string>> After);

internal sealed record GrowthWords(
    List<string> TimesBefore, List<string> Times, Dictionary<string, double> Multipliers, List<string> Rise, List<string> Fall, List<string> Result, List<string> Base);
