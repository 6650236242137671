using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The countries a text places what it tells of in: "in Bulgaria", "в Казахстане", "Болгарияда", or a city of theirs
/// ("Софияда", "in Astana"): a word before the name that says where, or a Kazakh locative ending on it (agreements.json
/// "placeMentions"). "How many companies with Kazakh capital work in Bulgaria?" is not answered by companies that "operate
/// in Kazakhstan", nor "when was the street in Astana named after Sofia opened" by the street in Sofia: the text places
/// them in the other country. A name without such a word ("exports to Bulgaria", "named after Sofia") places nothing.
/// "Қазақстанның Болгариядағы елшісі" is the ambassador in Bulgaria, no answer about the one in Kazakhstan.
/// Cities of one country are told apart elsewhere (<see cref="ConstraintCheck"/>): here they stand for their country.
/// </summary>
public static class CountryPlace
{
    static readonly EntityIndex Countries = new(Gazetteer.Places.Where(p => p.Type == "country"));

    /// <summary>The gazetteer's countries besides the two the store is about (no partner code is tied to them).</summary>
    public static EntityIndex ThirdCountries { get; } = new(Gazetteer.Places.Where(IsThird));

    public static bool IsThird(Entity e) => e.Type == "country" && e.Country is null;

    static readonly Dictionary<string, string> CountryOfCode = Gazetteer.Places.Where(p => p.Type == "country" && p.Country is not null)
        .ToDictionary(p => p.Country!, p => p.Id, StringComparer.Ordinal);

    static readonly HashSet<string> Mentions = AgreementVocabulary.PlaceMentions.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    static readonly IReadOnlyList<string> Endings = AgreementVocabulary.PlaceMentionEndings.Select(TextNormalizer.Fold).ToList();
    static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>The countries <paramref name="text"/> places something in, directly or through a city of theirs in <paramref name="places"/>.</summary>
    public static IReadOnlySet<string> In(string text, EntityIndex? places = null)
    {
        HashSet<string>? found = null;
        var spans = places is null ? Countries.FindSpans(text) : Countries.FindSpans(text).Concat(places.FindSpans(text).Where(s => s.Entity.Type == "city"));
        foreach (var span in spans)
            if (PlacedIn(text, span)) (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(CountryOf(span.Entity));
        return found ?? None;
    }

    /// <summary>Where a text names a country of the gazetteer, by any of its spellings and case forms.</summary>
    public static IReadOnlyList<EntitySpan> CountriesIn(string text) => Countries.FindSpans(text);

    /// <summary>The code ("KZ", "BG") of a country of the gazetteer, by its id, or null.</summary>
    public static string? CodeOf(string countryId) => CountryOfCode.FirstOrDefault(c => c.Value == countryId).Key;

    /// <summary>The country an entity is or lies in (its id).</summary>
    public static string CountryOf(Entity e) => e.Type == "country" ? e.Id : e.Country is { } code && CountryOfCode.TryGetValue(code, out var id) ? id : e.Id;

    /// <summary>
    /// "Crude oil made up 64.1 per cent of Kazakh exports to Romania", asked of exports to Bulgaria: a number of a sentence
    /// that names a third country, and none the question names, is that country's, not the asked pair's.
    /// A question naming a third country itself is judged by the place condition.
    /// </summary>
    public static bool PairHolds(Understanding.Question q, Evidence.EvidenceWindow w)
    {
        if (!q.AnswerTypes.Any(Understanding.AnswerTypes.IsNumber)) return true;
        // The question's countries as it writes them: the store's own two are no entities of it.
        var asked = CountriesIn(q.Text);
        if (asked.Count == 0 || asked.Any(a => IsThird(a.Entity))) return true;
        var stated = CountriesIn(w.Sentence);
        // "Kazakh oil now makes up about 40 percent of what is processed in Bulgaria, after Russian crude": a country the
        // question names still stands in it (an adjective, "Kazakh", is no name the gazetteer reads).
        return !stated.Any(s => IsThird(s.Entity)) || asked.Any(a => stated.Any(s => s.Entity.Id == a.Entity.Id));
    }

    /// <summary>
    /// The sentence places nothing in a country, or places it where the question does. (What the sentence before it
    /// placed is not carried over: "…Vitol, which is itself active in Kazakhstan. One source put the price at $1 billion"
    /// tells of the refinery in Burgas.)
    /// </summary>
    public static bool Agrees(IReadOnlySet<string> asked, Evidence.EvidenceWindow w, EntityIndex places) =>
        asked.Count == 0 || In(w.Sentence, places) is not { Count: > 0 } stated || stated.Overlaps(asked);
    /// <summary>
    /// The text names the place as where something is or happens ("in Sofia", "в Софии", "Софияда", "Павлодар
    /// облысында"), not as a party, a subject or a name's part ("София заинтересована", "the Plovdiv–Shymkent flight").
    /// </summary>
    public static bool PlacesAt(string text, EntitySpan span) => PlacedIn(text, span) || LocativeAfter(text, span);

    /// <summary>"Павлодар облысында", "Шымкент қаласында": Kazakh puts the locative ending on the common noun after the name.</summary>
    static bool LocativeAfter(string text, EntitySpan span)
    {
        var at = span.Start + span.Length;
        while (at < text.Length && text[at] == ' ') at++;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == at || LanguageGuess.Of(text) != "kk") return false;
        var next = TextNormalizer.Fold(text[at..end]);
        // "қаласындағы": the locative may carry an adjective's two letters after it.
        return Endings.Any(e => next.EndsWith(e, StringComparison.Ordinal) || next.Length > e.Length + 2 && next.AsSpan(0, next.Length - 2).EndsWith(e, StringComparison.Ordinal));
    }

    static bool PlacedIn(string text, EntitySpan span)
    {
        var end = span.Start;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (end > start && end == span.Start - 1 && Mentions.Contains(TextNormalizer.Fold(text[start..end]))) return true;
        // "Қазақстанда", "Софияда", "Астанадағы": one of the name's spellings with a locative ending after it.
        var written = TextNormalizer.Fold(text.Substring(span.Start, span.Length));
        return span.Entity.Aliases.Append(span.Entity.Name).Select(TextNormalizer.Fold).Any(alias =>
            written.Length > alias.Length && written.StartsWith(alias, StringComparison.Ordinal)
            && Endings.Any(e => written.AsSpan(alias.Length).StartsWith(e, StringComparison.Ordinal))
            // "Болгариядан": an ablative opens like the locative but says where from.
            && !Understanding.AnswerTypeCues.Default.OriginCaseEndings.Any(e => written.AsSpan(alias.Length).StartsWith(e, StringComparison.Ordinal)));
    }
}
