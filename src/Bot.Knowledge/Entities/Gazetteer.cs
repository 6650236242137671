using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// The places every text may name, known without any curated data (embedded places.json): Kazakhstan and Bulgaria
/// with the words that mark either country ("Bulgarian", "казахстанский", "қазақстандық"), their cities, and capitals
/// their news mentions. Curated entities with the same id take precedence.
/// </summary>
public static class Gazetteer
{
    sealed record PlaceRecord(string Id, string Type, string Name, string? Country, string? Role, List<string> Aliases);

    sealed record PlacesFile(
        List<PlaceRecord> Places, Dictionary<string, LanguageWords> Demonyms, Dictionary<string, string> Venues, Dictionary<string, List<string>> Adjectives,
        LanguageWords? Abroad, Dictionary<string, LanguageWords>? Bodies);

    static readonly PlacesFile File = VocabularyFile.Load<PlacesFile>("places.json");

    public static IReadOnlyList<Entity> Places { get; } =
        File.Places.Select(p => WithAdjectives(new Entity(p.Id, p.Type, p.Name, p.Country, p.Role, p.Aliases))).ToList();

    /// <summary>
    /// The place with the adjectives its name makes among its aliases ("в софийском отеле" is in Sofia), for curated
    /// places as for the gazetteer's own; any other entity as it is.
    /// </summary>
    public static Entity WithAdjectives(Entity entity) =>
        File.Adjectives.TryGetValue(entity.Id, out var adjectives) && entity.Type != "person"
            ? entity with { Aliases = entity.Aliases.Concat(adjectives.Where(a => !entity.Aliases.Contains(a))).ToList() }
            : entity;

    static readonly PhraseMatcher CountryWords = new(File.Demonyms
        .SelectMany(d => d.Value.All.Concat(File.Places.Where(p => p.Type == "country" && p.Country == d.Key).SelectMany(p => p.Aliases)).Select(w => (w, d.Key))));

    static readonly WordSet CountryWordSet = new(File.Demonyms.Values.SelectMany(d => d.All)
        .Concat(File.Places.Where(p => p.Type == "country" && p.Country is not null).SelectMany(p => p.Aliases)));

    static readonly HashSet<string> CountryIds = File.Places.Where(p => p.Type == "country").Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The country entity of a country code the cues tell ("KZ" → Kazakhstan).</summary>
    public static Entity? CountryOfCode(string code) => CountriesByCode.GetValueOrDefault(code);

    static readonly Dictionary<string, Entity> CountriesByCode = Places.Where(p => p.Type == "country" && p.Country is not null)
        .DistinctBy(p => p.Country).ToDictionary(p => p.Country!, StringComparer.Ordinal);

    /// <summary>The place the gazetteer knows by this id (a city, a region, a country), else null.</summary>
    public static Entity? PlaceOf(string id) => PlacesById.GetValueOrDefault(id);

    static readonly Dictionary<string, Entity> PlacesById = Places.DistinctBy(p => p.Id).ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>The place's name in the answer's script ("Astana" → "Астана"), for a place the gazetteer knows by its stored name.</summary>
    public static string NameInScript(string name, bool cyrillic) =>
        PlacesByName.TryGetValue(name, out var place) ? Text.NameInScript.Of(name, place.Aliases, cyrillic) : name;

    static readonly Dictionary<string, Entity> PlacesByName = Places.DistinctBy(p => p.Name).ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Whether an entity id is a country's ("kazakhstan"), not an institution's or a city's.</summary>
    public static bool IsCountryId(string id) => CountryIds.Contains(id);

    /// <summary>True when the single word marks Kazakhstan or Bulgaria ("Bulgarian", "Казахстана"); cheaper than <see cref="FirstCountry"/>.</summary>
    public static bool IsCountryWord(string word) => CountryWordSet.Contains(word);

    public static bool IsCountryWordFolded(string folded) => CountryWordSet.ContainsFolded(folded);

    // Interpreted: asked only of a digest's stories; compiled, its 377 names (with their Kazakh Latin forms) held about
    // 800 KB of the GC heap (the expression's IL) for as long as the process ran, and cost about 70 ms of CPU at first use.
    static readonly System.Text.RegularExpressions.Regex AbroadWords = Phrases.Interpreted(File.Abroad?.All ?? []);

    /// <summary>Whether a text names a country other than Kazakhstan and Bulgaria, or its people ("Greece", "турецкий", "Түркиямен").</summary>
    public static bool NamesAbroad(string text) => AbroadWords.IsMatch(text);

    /// <summary>The same, of a stretch of a text, without copying it out.</summary>
    public static bool NamesAbroad(ReadOnlySpan<char> text) => AbroadWords.IsMatch(text);

    /// <summary>Where a text names a country other than Kazakhstan and Bulgaria, or its people (start of each mention).</summary>
    public static IEnumerable<int> AbroadAt(string text) => AbroadWords.Matches(text).Select(m => m.Index);

    /// <summary>The city a venue is in (the Akorda is in Astana), if the venue is one the gazetteer knows.</summary>
    public static string? CityOfVenue(string entityId) => File.Venues.GetValueOrDefault(entityId);

    /// <summary>Every word or name in the text that marks Kazakhstan or Bulgaria ("Bulgarian", "Казахстана"), in order.</summary>
    public static IEnumerable<(int Index, int Length, string Country)> CountryCues(string text) =>
        CountryWords.Matches(TokenList.Of(text)).Select(m => (m.Start, m.Length, m.Tag));

    static readonly PhraseMatcher BodyWords = new((File.Bodies ?? []).SelectMany(d => d.Value.All.Select(w => (w, d.Key))));

    /// <summary>The countries whose own bodies a text names ("Народното събрание" → BG, "Мажилис" → KZ), in order.</summary>
    public static IEnumerable<string> BodiesNamed(string text) => BodyWords.Matches(TokenList.Of(text)).Select(m => m.Tag);

    /// <summary>The country the first cue in the text marks, or null.</summary>
    public static string? FirstCountry(string text) => CountryWords.First(TokenList.Of(text))?.Tag;

    /// <summary>The countries the cues in a stretch of a tokenized text mark, in order.</summary>
    public static IEnumerable<string> CountryCues(TokenList tokens, int from, int to) => CountryWords.Matches(tokens, from, to).Select(m => m.Tag);

    /// <summary>The same cues as matches (the country is each one's tag), one at a time: for loops that run for every sentence.</summary>
    public static PhraseMatcher.MatchWalk CountryCueMatches(TokenList tokens, int from, int to) => CountryWords.Each(tokens, from, to);

    /// <summary>The country the first cue in a stretch of a tokenized text marks, or null.</summary>
    public static string? FirstCountry(TokenList tokens, int from, int to) => CountryWords.First(tokens, from, to)?.Tag;
}
