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
        entities.FindSpans(word).Any(s => PlaceTypes.Contains(s.Entity.Type)) || Gazetteer.CountryCues(word).Any();
}
