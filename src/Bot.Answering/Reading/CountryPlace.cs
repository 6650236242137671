using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The countries a text places what it tells of in: "in Bulgaria", "в Казахстане", "Болгарияда" (a word before the name
/// that says where, or a Kazakh locative ending on it; agreements.json "placeMentions"). "How many companies with Kazakh
/// capital work in Bulgaria?" is not answered by companies that "operate in Kazakhstan": the sentence places them in
/// the other country. A country named without such a word ("exports to Bulgaria", "Bulgarian participation") places nothing.
/// </summary>
public static class CountryPlace
{
    static readonly EntityIndex Countries = new(Gazetteer.Places.Where(p => p.Type == "country"));

    /// <summary>The gazetteer's countries besides the two the store is about (no partner code is tied to them).</summary>
    public static EntityIndex ThirdCountries { get; } = new(Gazetteer.Places.Where(IsThird));

    public static bool IsThird(Bot.Knowledge.Model.Entity e) => e.Type == "country" && e.Country is null;
    static readonly HashSet<string> Mentions = AgreementVocabulary.PlaceMentions.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    static readonly IReadOnlyList<string> Endings = AgreementVocabulary.PlaceMentionEndings.Select(TextNormalizer.Fold).ToList();
    static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>The ids of the countries <paramref name="text"/> places something in.</summary>
    public static IReadOnlySet<string> In(string text)
    {
        HashSet<string>? found = null;
        foreach (var span in Countries.FindSpans(text))
            if (PlacedIn(text, span)) (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(span.Entity.Id);
        return found ?? None;
    }

    /// <summary>The sentence places nothing in a country, or places it where the question does.</summary>
    public static bool Agrees(IReadOnlySet<string> asked, string sentence) =>
        asked.Count == 0 || In(sentence) is not { Count: > 0 } stated || stated.Overlaps(asked);

    static bool PlacedIn(string text, EntitySpan span)
    {
        var end = span.Start;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (end > start && end == span.Start - 1 && Mentions.Contains(TextNormalizer.Fold(text[start..end]))) return true;
        // "Қазақстанда": the name with a locative ending, longer than the name the index matched it by.
        var written = TextNormalizer.Fold(text.Substring(span.Start, span.Length));
        var alias = TextNormalizer.Fold(span.Alias);
        return Endings.Any(e => written.EndsWith(e, StringComparison.Ordinal) && written.Length >= alias.Length + e.Length);
    }
}
