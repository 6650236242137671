using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// How names are built and inflected (embedded names.json): surname endings in both scripts, Russian case endings of
/// surnames and given names, Kazakh case suffixes, words that are never names, and institution head nouns.
/// </summary>
public static class NameRules
{
    sealed record SurnameEndings(List<string> Latin, List<string> Cyrillic);

    sealed record NotNamesList(List<string> All);

    sealed record NamesFile(
        SurnameEndings SurnameEndings, Dictionary<string, List<string>> GivenNames, Dictionary<string, List<List<string>>> SurnameCases, Dictionary<string, List<List<string>>> GivenNameCases,
        List<string> KazakhCaseSuffixes, NotNamesList NotNames, Dictionary<string, Dictionary<string, string>> OrgHeads,
        Dictionary<string, List<string>> LegalForms, Dictionary<string, List<string>> CompanyHeads, Dictionary<string, List<string>> InstitutionLinks,
        List<string> PlacePrepositions, List<string> PatronymicEndings, List<string> NotGivenEndings);

    static readonly NamesFile File = VocabularyFile.Load<NamesFile>("names.json");

    static readonly string[] LatinEndings = [.. File.SurnameEndings.Latin.OrderByDescending(e => e.Length)];
    static readonly string[] CyrillicEndings = [.. File.SurnameEndings.Cyrillic.OrderByDescending(e => e.Length)];
    static readonly (string From, string To)[] SurnameCases = Pairs(File.SurnameCases);
    static readonly (string From, string To)[] GivenCases = Pairs(File.GivenNameCases);
    static readonly HashSet<string> GivenNames = new(File.GivenNames.Values.SelectMany(l => l).Select(TextNormalizer.Fold), StringComparer.Ordinal);
    static readonly string[] KazakhSuffixes = [.. File.KazakhCaseSuffixes.Distinct().OrderByDescending(s => s.Length)];
    static readonly HashSet<string> NotNames = new(File.NotNames.All.Select(TextNormalizer.Fold), StringComparer.Ordinal);
    static readonly Dictionary<string, string> OrgHeads = File.OrgHeads.Values.SelectMany(d => d)
        .GroupBy(p => TextNormalizer.Fold(p.Key)).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    static readonly HashSet<string> LegalForms = new(File.LegalForms.Values.SelectMany(l => l).Select(TextNormalizer.Fold), StringComparer.Ordinal);
    static readonly HashSet<string> CompanyHeads = new(File.CompanyHeads.Values.SelectMany(l => l).Select(TextNormalizer.Fold), StringComparer.Ordinal);
    static readonly HashSet<string> InstitutionLinks = new(File.InstitutionLinks.Values.SelectMany(l => l).Select(TextNormalizer.Fold), StringComparer.Ordinal);

    static readonly HashSet<string> PlacePrepositions = new(File.PlacePrepositions.Select(TextNormalizer.Fold), StringComparer.Ordinal);
    const int CaseEnding = 3;

    static readonly string[] PatronymicEndings = [.. File.PatronymicEndings.Select(TextNormalizer.Fold).OrderByDescending(e => e.Length)];
    static readonly string[] NotGivenEndings = [.. File.NotGivenEndings.Select(TextNormalizer.Fold).OrderByDescending(e => e.Length)];

    /// <summary>
    /// A word that can only be a surname: it ends as no given name does (-ов, -ев, -ский, -енко, -ұлы) and is no listed
    /// given name. Before another surname it names a person of its own ("Тоқаев Радевпен кездесті"), not a given name.
    /// </summary>
    public static bool IsSurnameOnlyFolded(string folded)
    {
        if (folded.Length < 4 || GivenNames.Contains(folded)) return false;
        foreach (var e in NotGivenEndings)
            if (folded.EndsWith(e, StringComparison.Ordinal) && folded.Length - e.Length >= 2) return true;
        return false;
    }

    /// <summary>A word after which a place is a place, not a given name ("в Астана", "in Sofia"), already folded.</summary>
    public static bool IsPlacePrepositionFolded(string folded) => PlacePrepositions.Contains(folded);

    /// <summary>A patronymic ("Макашевич", "Кемелұлы"): a name with one is written surname first, given name, patronymic.</summary>
    public static bool IsPatronymic(string word)
    {
        var folded = TextNormalizer.Fold(word);
        // Inflected too: "Макашевича", "Макашевичем" (a case ending of up to three letters after it).
        return PatronymicEndings.Any(e => folded.LastIndexOf(e, StringComparison.Ordinal) is var at and > 1 && folded.Length - at - e.Length <= CaseEnding);
    }

    static (string, string)[] Pairs(Dictionary<string, List<List<string>>> byLang) =>
        [.. byLang.Where(p => !p.Key.StartsWith('_')).SelectMany(p => p.Value).Where(l => l.Count == 2).Select(l => (l[0], l[1])).OrderByDescending(p => p.Item1.Length)];

    public static bool IsNotName(string word) => NotNames.Contains(TokenList.Fold(word));

    public static bool IsNotNameFolded(string folded) => NotNames.Contains(folded);

    /// <summary>The nominative of an institution's head noun ("министерством" → "Министерство"), or null when the word is none.</summary>
    public static string? OrgHead(string word) => OrgHeads.GetValueOrDefault(TokenList.Fold(word));

    public static string? OrgHeadFolded(string folded) => OrgHeads.GetValueOrDefault(folded);

    /// <summary>A word that closes a company's name ("Ltd", "ТОО", "ЕООД") or heads an institution's ("Bank", "Group").</summary>
    public static bool EndsInstitutionFolded(string folded) => LegalForms.Contains(folded) || OrgHeads.ContainsKey(folded);

    /// <summary>A legal form ("Ltd", "ТОО", "ЕООД"), already folded.</summary>
    public static bool IsLegalFormFolded(string folded) => LegalForms.Contains(folded);

    /// <summary>
    /// A word that closes a company's name, already folded: a legal form ("LLP", "ЕООД") or a company's head noun in any
    /// form ("Corporation", "Holding", "корпорацией"). "Ministry" or "Chamber" closes an institution's name, not a company's.
    /// </summary>
    public static bool ClosesCompanyFolded(string folded) =>
        LegalForms.Contains(folded) || CompanyHeads.Contains(folded)
        || OrgHeads.TryGetValue(folded, out var head) && CompanyHeads.Contains(TextNormalizer.Fold(head));

    /// <summary>A word joining a title to its institution ("director of X"): what follows it is the institution.</summary>
    public static bool IsInstitutionLinkFolded(string folded) => InstitutionLinks.Contains(folded);

    /// <summary>True when the word, as written, ends like a surname (Radev, Йотова, Воденски, Жумангарин).</summary>
    public static bool HasSurnameEnding(string word)
    {
        var lower = TokenList.Fold(word);
        if (lower.Length < 4) return false;
        var endings = TextNormalizer.IsCyrillic(lower) ? CyrillicEndings : LatinEndings;
        return endings.Any(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length - e.Length >= 2);
    }

    /// <summary>
    /// The nominative forms a written surname may stand for, most likely first: "Радевым" → Радев; "Тоқаевпен" →
    /// Тоқаев; "Йотовой" → Йотова; "Петкова" → Петкова, Петков. The word itself comes first when it already ends like one.
    /// </summary>
    public static IReadOnlyList<string> SurnameBases(string word, string lang)
    {
        var key = (word, LanguageGroup(lang));
        if (BasesCache.TryGetValue(key, out var known)) return known;
        string[] bases = [.. MakeSurnameBases(word, lang)];
        // Counted here: a ConcurrentDictionary's own Count takes every one of its locks, at every new word.
        if (Volatile.Read(ref _basesCached) < 100_000 && BasesCache.TryAdd(key, bases)) Interlocked.Increment(ref _basesCached);
        return bases;
    }

    /// <summary>
    /// The same for a word of a text, kept on its shared record (<see cref="WordForms"/>): a name written again is not
    /// looked up in the shared cache by the word and its language each time.
    /// </summary>
    internal static IReadOnlyList<string> SurnameBases(WordForms word, string lang)
    {
        var group = LanguageGroup(lang);
        var kept = word.SurnameBases as KeptBases;
        if (kept?.Of(group) is { } known) return known;
        var bases = SurnameBases(word.Written, lang);
        // A new record, never a changed one: another thread reading the slot sees a whole record.
        word.SurnameBases = (kept ?? KeptBases.None).With(group, bases);
        return bases;
    }

    // Russian (and other) forms, Kazakh suffixes, Bulgarian forms: the three ways a surname's base is worked out.
    static string LanguageGroup(string lang) => lang == "kk" ? "kk" : lang == "bg" ? "bg" : "";

    sealed record KeptBases(IReadOnlyList<string>? Other, IReadOnlyList<string>? Kazakh, IReadOnlyList<string>? Bulgarian)
    {
        public static readonly KeptBases None = new(null, null, null);

        public IReadOnlyList<string>? Of(string group) => group switch { "kk" => Kazakh, "bg" => Bulgarian, _ => Other };

        public KeptBases With(string group, IReadOnlyList<string> bases) =>
            group switch { "kk" => this with { Kazakh = bases }, "bg" => this with { Bulgarian = bases }, _ => this with { Other = bases } };
    }

    // News repeats its names: each written form is worked out once (until an ingestion run ends: see ForgetBases).
    static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string[]> BasesCache = new();
    static int _basesCached;

    /// <summary>
    /// Lets go of the surname forms worked out so far: an ingestion run's end, after which answering reads few of those
    /// words again (measured on the bench corpus: 10,700 forms, about 1.7 MB, stayed while the process answered).
    /// </summary>
    public static void ForgetBases()
    {
        BasesCache.Clear();
        Volatile.Write(ref _basesCached, 0);
    }

    static List<string> MakeSurnameBases(string word, string lang)
    {
        var bases = new List<string>();
        if (lang == "kk" || ContainsKazakhLetter(word))
            foreach (var suffix in KazakhSuffixes)
                if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && HasSurnameEnding(word[..^suffix.Length]))
                    bases.Add(word[..^suffix.Length]);
        if (TextNormalizer.IsCyrillic(word) && lang != "bg")
            foreach (var (from, to) in SurnameCases)
                if (word.EndsWith(from, StringComparison.OrdinalIgnoreCase) && word.Length - from.Length >= 2)
                {
                    var candidate = word[..^from.Length] + to;
                    if (!bases.Contains(candidate) && candidate != word) bases.Add(candidate);
                }
        // A word that already ends like a surname is most likely written as it is ("Петкова" is a woman's name more
        // often than the genitive of Петков); which it is, the caller decides from the names it has seen.
        if (HasSurnameEnding(word)) bases.Insert(0, word);
        return bases.Distinct().ToList();
    }

    /// <summary>
    /// The nominative of a Russian given name standing beside an inflected surname ("Руменом" → Румен, "Илияной" →
    /// Илияна); other words are returned as written (Kazakh and Bulgarian leave given names uninflected).
    /// </summary>
    public static string GivenBase(string word, string lang)
    {
        if (!TextNormalizer.IsCyrillic(word) || lang is "bg" or "kk") return word;
        foreach (var (from, to) in GivenCases)
            if (word.EndsWith(from, StringComparison.OrdinalIgnoreCase) && word.Length - from.Length >= 3) return word[..^from.Length] + to;
        return word;
    }

    /// <summary>
    /// A common given name, as written or in a Russian case ("Юрий", "Юрием"): before a capitalised word that ends like no
    /// surname ("Юрий Стерк") it still makes the two a person's name.
    /// </summary>
    public static bool IsGivenName(string word, string lang) =>
        GivenNames.Contains(TextNormalizer.Fold(word)) || GivenNames.Contains(TextNormalizer.Fold(GivenBase(word, lang)));

    static bool ContainsKazakhLetter(string word) => word.Any(c => Alphabet.IsKazakhLetter(char.ToLowerInvariant(c)));
}
