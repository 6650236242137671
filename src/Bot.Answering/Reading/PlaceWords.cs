using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Answering.Reading;

/// <summary>
/// A capitalised run read as a name may open with a place's word ("Туркестанской" in "аким Туркестанской области Умирзак
/// Шукеев", "Варны" in "мэр Варны Благомир Коцев", "Туркестане" in "в Туркестане Илиану Йотову"): those words are the place
/// a post is of, or where something happened, not part of anyone's name.
/// </summary>
public static class PlaceWords
{
    static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal) { "city", "region", "place", "country" };

    /// <summary>The name from <paramref name="start"/> to <paramref name="end"/> without the place words it opens with; null when only they are left.</summary>
    public static (int Start, int End)? Trimmed(string text, int start, int end, EntityIndex entities)
    {
        var name = text[start..end];
        var tokens = TokenList.Of(name);
        var first = 0;
        while (first < tokens.Count && IsPlace(name.Substring(tokens[first].Start, tokens[first].Length), entities)) first++;
        if (first == tokens.Count) return null;
        return (start + tokens[first].Start, end);
    }

    static bool IsPlace(string word, EntityIndex entities) =>
        entities.FindSpans(word).Any(s => PlaceTypes.Contains(s.Entity.Type)) || Gazetteer.CountryCues(word).Any() || IsCityForm(word);

    // A city's name shorter than this, less its vowel, is too short to tell from the start of a surname.
    const int ShortestStem = 4;

    static readonly List<string> CityNames = Gazetteer.Places.Where(p => p.Type is "city" or "region")
        .SelectMany(p => p.Aliases.Append(p.Name)).Select(Bot.Knowledge.Text.TextNormalizer.Fold)
        .Where(a => !a.Contains(' ', StringComparison.Ordinal) && Bot.Knowledge.Text.TextNormalizer.IsCyrillic(a)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// "Варны", "Варной", "Варнада", "Шымкента": a gazetteer city's name in a Russian or Kazakh case, which the index of
    /// names may not read (answer-types.json "place_case_endings").
    /// </summary>
    public static bool IsCityForm(string word)
    {
        var folded = Bot.Knowledge.Text.TextNormalizer.Fold(word);
        foreach (var name in CityNames)
        {
            var stem = name.TrimEnd(Understanding.AnswerTypeCues.Default.PlaceFinalVowels);
            if (stem.Length < ShortestStem || folded.Length <= stem.Length || !folded.StartsWith(stem, StringComparison.Ordinal) || folded == name) continue;
            if (Understanding.AnswerTypeCues.Default.PlaceCaseEndings.Contains(folded[stem.Length..])
                || folded.StartsWith(name, StringComparison.Ordinal) && Understanding.AnswerTypeCues.Default.PlaceCaseEndings.Contains(folded[name.Length..])) return true;
        }
        return false;
    }
}
