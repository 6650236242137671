using System.Text.Json.Serialization;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>The question words of the four languages and the answer types they ask for (embedded answer-types.json).</summary>
public sealed class AnswerTypeCues
{
    sealed record CeremonyWords(List<string> Concepts, LanguageWords Occasion);

    sealed record PhraseEntry(string Type, List<string>? En, List<string>? Ru, List<string>? Bg, List<string>? Kk, List<string>? Units)
    {
        public IEnumerable<string> All => (En ?? []).Concat(Ru ?? []).Concat(Bg ?? []).Concat(Kk ?? []);
    }

    sealed record CueFile(
        List<PhraseEntry> Phrases,
        Dictionary<string, List<string>> Which,
        [property: JsonPropertyName("which_default_person")] List<string> WhichDefaultPerson,
        [property: JsonPropertyName("which_joiners")] List<string> WhichJoiners,
        [property: JsonPropertyName("which_person_verbs")] List<string> WhichPersonVerbs,
        Dictionary<string, List<string>> Heads,
        [property: JsonPropertyName("amount_context")] List<string> AmountContext,
        [property: JsonPropertyName("after_signing")] List<string> AfterSigning,
        [property: JsonPropertyName("dated_events")] List<string> DatedEvents,
        [property: JsonPropertyName("agreement_steps")] List<string> AgreementSteps,
        [property: JsonPropertyName("distinct_dates")] List<string> DistinctDates,
        [property: JsonPropertyName("own_dates")] List<string>? OwnDates,
        [property: JsonPropertyName("act_steps")] List<string>? ActSteps,
        List<string> Instruments,
        [property: JsonPropertyName("kazakh_possessive")] List<string> KazakhPossessive,
        [property: JsonPropertyName("whole_year")] Dictionary<string, List<string>> WholeYear,
        [property: JsonPropertyName("proposal_verbs")] Dictionary<string, List<string>> ProposalVerbs,
        [property: JsonPropertyName("goods_items")] List<string> GoodsItems,
        string Exclusion,
        [property: JsonPropertyName("cue_concepts")] Dictionary<string, List<string>> CueConcepts,
        [property: JsonPropertyName("side_words")] List<string> SideWords,
        List<string> Companions,
        [property: JsonPropertyName("companion_endings")] List<string> CompanionEndings,
        [property: JsonPropertyName("acts_of_one_party")] List<string> ActsOfOneParty,
        [property: JsonPropertyName("acts_on_a_person")] List<string> ActsOnAPerson,
        [property: JsonPropertyName("object_questions")] Dictionary<string, List<string>> ObjectQuestions,
        [property: JsonPropertyName("agent_words")] List<string> AgentWords,
        [property: JsonPropertyName("generic_posts")] List<string> GenericPosts,
        [property: JsonPropertyName("post_bodies")] List<string> PostBodies,
        [property: JsonPropertyName("list_imperatives")] Dictionary<string, List<string>> ListImperatives,
        [property: JsonPropertyName("kindred_events")] List<List<string>>? KindredEvents = null,
        [property: JsonPropertyName("clause_joiners")] List<string>? ClauseJoiners = null,
        CeremonyWords? Ceremony = null,
        [property: JsonPropertyName("shared_posts")] List<string>? SharedPosts = null,
        [property: JsonPropertyName("known_people")] KnownPeopleWords? KnownPeople = null,
        [property: JsonPropertyName("counted_things")] List<string>? CountedThings = null,
        [property: JsonPropertyName("home_posts")] HomePostWords? HomePosts = null,
        [property: JsonPropertyName("place_case_endings")] List<string>? PlaceCaseEndings = null,
        [property: JsonPropertyName("place_final_vowels")] string? PlaceFinalVowels = null,
        [property: JsonPropertyName("origin_case_endings")] List<string>? OriginCaseEndings = null,
        [property: JsonPropertyName("document_heads")] List<string>? DocumentHeads = null,
        [property: JsonPropertyName("post_kinds")] Dictionary<string, List<string>>? PostKinds = null);

    sealed record HomePostWords(List<string> Posts, Dictionary<string, string> Countries);

    sealed record KnownPeopleWords(string Qualifier, List<string> Nouns);

    public static AnswerTypeCues Default { get; } = Load();

    /// <summary>Cue phrases as folded word arrays with their type, longest first.</summary>
    public IReadOnlyList<(string[] Words, AnswerType Type)> Phrases { get; }

    public IReadOnlySet<string> WhichWords { get; }

    /// <summary>Count phrases that ask for a number in given units ("how long": hours to years), longest first.</summary>
    public IReadOnlyList<(string[] Words, IReadOnlyList<string> Units)> UnitPhrases { get; }

    public IReadOnlySet<string> WhichDefaultPerson { get; }

    /// <summary>Function words inside the noun phrase after a which-word ("and", "және"); any other ends it.</summary>
    public IReadOnlySet<string> WhichJoiners { get; }

    /// <summary>Concepts of verbs that, after a which-word that can mean "who", make it ask for a person ("Кой подписа").</summary>
    public IReadOnlySet<string> WhichPersonVerbs { get; }

    /// <summary>Words that join a second question word to the first ("who and when", "кто и когда"): the "when" after one asks too.</summary>
    public IReadOnlySet<string> ClauseJoiners { get; }

    /// <summary>Lexicon concept id → the answer type a "which" question about it wants.</summary>
    public IReadOnlyDictionary<string, AnswerType> HeadTypes { get; }

    public IReadOnlySet<string> AmountContext { get; }

    /// <summary>Concepts of things counted one by one (votes, students, flights): right after "how many" they ask a count, whatever money word follows.</summary>
    public IReadOnlySet<string> CountedThings { get; }

    /// <summary>Concepts of what befalls an agreement after its signing (ratification, entry into force), which no agreement record holds.</summary>
    public IReadOnlySet<string> AfterSigning { get; }

    /// <summary>Concepts of events a date can be the date of (signing, ratification, a visit): which one a date belongs to decides whether it answers.</summary>
    public IReadOnlySet<string> DatedEvents { get; }

    /// <summary>The steps of an agreement's life (initialled, signed, ratified, in force), each with its place in that order.</summary>
    public IReadOnlyDictionary<string, int> AgreementSteps { get; }

    /// <summary>Events of an agreement's life (signing, ratification, entry into force) whose dates never answer for one another.</summary>
    public IReadOnlySet<string> DistinctDates { get; }

    /// <summary>Events a thing has once (founded, opened, appointed), whose date no other event's date answers.</summary>
    public IReadOnlySet<string> OwnDates { get; }

    /// <summary>Steps of a law or a bill itself (approved by a chamber, published), which a ratification word only names.</summary>
    public IReadOnlySet<string> ActSteps { get; }

    /// <summary>Each dated event with the events that date the same happening ("met" — "was received by" — "held talks").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> KindredEvents { get; }

    /// <summary>Concepts of acts through which another event is done ("by decree … created"): their date is that event's too.</summary>
    public IReadOnlySet<string> Instruments { get; }

    /// <summary>Kazakh possessive endings: on a place name they make it the common noun it comes from ("астанасы": its capital).</summary>
    public IReadOnlyList<string> KazakhPossessive { get; }

    /// <summary>Words asking for a year as a whole ("the whole of 2024", "за весь год"), folded.</summary>
    public IReadOnlySet<string> WholeYear { get; }

    /// <summary>Verbs that make the event they govern a proposal ("предложи … да бъде създадена"), as folded word arrays.</summary>
    public IReadOnlyList<string[]> ProposalVerbs { get; }

    /// <summary>Concepts of how documents change hands at a signing ("exchanged", "in the presence of"): no topic of theirs.</summary>
    public IReadOnlySet<string> Ceremony { get; }

    /// <summary>Words telling the occasion of a signing ("presence", "presidents", "визита"): no topic of a list of documents.</summary>
    public PhraseMatcher Occasion { get; }

    /// <summary>Concepts naming one kind of goods (oil, grain): a series of the whole trade says nothing of one of them.</summary>
    public IReadOnlySet<string> GoodsItems { get; }

    /// <summary>The lexicon concept of words that leave something out of the answer ("apart from", "кроме", "мұнайдан басқа").</summary>
    public string Exclusion { get; }

    /// <summary>Question cue → the concepts that name the kind of answer it wants ("where" → city, place).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CueConcepts { get; }

    /// <summary>Words that, beside a place the question names, ask for the person acting for it ("от страна на Уралск", "Орал тарапынан").</summary>
    public IReadOnlySet<string> SideWords { get; }

    /// <summary>Posts of a country's own government (answer-types.json "home_posts"): named without a country, the text's country's.</summary>
    public IReadOnlySet<string> HomePosts { get; }

    /// <summary>Case endings a city's name takes in Russian and Kazakh ("Варны", "Варной", "Варнада"): answer-types.json "place_case_endings".</summary>
    public IReadOnlySet<string> PlaceCaseEndings { get; }

    /// <summary>Kazakh ablative endings ("Болгариядан", from Bulgaria): answer-types.json "origin_case_endings".</summary>
    public IReadOnlyList<string> OriginCaseEndings { get; }

    /// <summary>The vowels a city's name drops before those endings ("Варна" → "Варн-ой"): answer-types.json "place_final_vowels".</summary>
    public char[] PlaceFinalVowels { get; }

    /// <summary>The country a text in a language is of, where the language is one country's (bg, kk).</summary>
    public IReadOnlyDictionary<string, string> HomeCountries { get; }

    /// <summary>Concepts of bodies a post is of ("Senate", "university"): the post naming the asked one is its holder's.</summary>
    public IReadOnlySet<string> PostBodies { get; }

    /// <summary>Person heads that give no post of their own ("diplomat", "official", "deputy").</summary>
    public IReadOnlySet<string> GenericPosts { get; }

    /// <summary>Concepts that ask for a person as their head ("ambassador", "minister", "diplomat").</summary>
    public IReadOnlySet<string> PersonHeads { get; }

    /// <summary>Posts held by one person of each side at once ("co_chair").</summary>
    public IReadOnlySet<string> SharedPosts { get; }

    /// <summary>The concept of words saying someone is known ("public", "известные"), or null.</summary>
    public string? KnownQualifier { get; }

    /// <summary>Concepts a <see cref="KnownQualifier"/> word before them turns into people ("public figures").</summary>
    public IReadOnlySet<string> KnownNouns { get; }

    /// <summary>Concepts of documents ("which document", "какое соглашение"): right after a which-word they ask for a document.</summary>
    public IReadOnlySet<string> DocumentHeads { get; }

    /// <summary>Generic person heads that stand for posts of their own ("diplomat": ambassador, consul, chargé d'affaires).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PostKinds { get; }

    /// <summary>Person heads that are a post of their own: <see cref="PersonHeads"/> without <see cref="GenericPosts"/>.</summary>
    public IReadOnlySet<string> OwnPosts { get; }

    /// <summary>Concepts of events one party does alone (ratification, approval): asked of one country, another's act is no answer.</summary>
    public IReadOnlySet<string> ActsOfOneParty { get; }

    /// <summary>Concepts of acts one person does to another (appoint, dismiss, award): "who appointed X" asks the actor.</summary>
    public IReadOnlySet<string> ActsOnAPerson { get; }

    /// <summary>Question words asking for the one an act was done to ("whom", "кого", "кімді"), as folded word arrays.</summary>
    public IReadOnlyList<string[]> ObjectQuestions { get; }

    /// <summary>Words making the question word after them ask for the actor ("by whom", "от кого"), folded.</summary>
    public IReadOnlySet<string> AgentWords { get; }

    readonly List<string[]> _listImperatives;

    /// <summary>
    /// Where a question asks for a list by an imperative ("List the documents…", "Перечисли…", Kazakh "… атаңыз" at its
    /// end): the words of the imperative, or null. Only an opening or closing imperative counts: "the name of the
    /// ambassador" in the middle of a question asks for no list.
    /// </summary>
    /// <param name="words">The question's words, folded.</param>
    public (int Start, int Length)? ListImperative(IReadOnlyList<string> words)
    {
        foreach (var phrase in _listImperatives)
        {
            if (phrase.Length >= words.Count) continue;
            if (WordPhrase.At(words, 0, phrase)) return (0, phrase.Length);
            if (WordPhrase.At(words, words.Count - phrase.Length, phrase)) return (words.Count - phrase.Length, phrase.Length);
        }
        return null;
    }

    readonly HashSet<string> _companions;
    readonly List<string> _companionEndings;

    /// <summary>
    /// The folded word at <paramref name="at"/> names one an actor was with, not the actor: after a companion word ("с
    /// Радевым", "with Radev") or with a Kazakh companion ending ("Радевпен", "Қазақстанмен").
    /// </summary>
    public bool WithCompanion(IReadOnlyList<string> words, int at) =>
        at > 0 && _companions.Contains(words[at - 1])
        || _companionEndings.Any(e => words[at].Length > e.Length + 2 && words[at].EndsWith(e, StringComparison.Ordinal));

    AnswerTypeCues(CueFile file)
    {
        ActsOfOneParty = file.ActsOfOneParty.ToHashSet(StringComparer.Ordinal);
        ActsOnAPerson = file.ActsOnAPerson.ToHashSet(StringComparer.Ordinal);
        AgentWords = file.AgentWords.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        ObjectQuestions = file.ObjectQuestions.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();
        GenericPosts = file.GenericPosts.ToHashSet(StringComparer.Ordinal);
        PostKinds = (file.PostKinds ?? []).ToDictionary(k => k.Key, k => (IReadOnlyList<string>)k.Value, StringComparer.Ordinal);
        KnownQualifier = file.KnownPeople?.Qualifier;
        KnownNouns = (file.KnownPeople?.Nouns ?? []).ToHashSet(StringComparer.Ordinal);
        DocumentHeads = (file.DocumentHeads ?? []).ToHashSet(StringComparer.Ordinal);
        PostBodies = file.PostBodies.ToHashSet(StringComparer.Ordinal);
        _listImperatives = (file.ListImperatives ?? []).Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray())
            .Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();
        _companions = file.Companions.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _companionEndings = file.CompanionEndings.Select(TextNormalizer.Fold).OrderByDescending(e => e.Length).ToList();
        SideWords = file.SideWords.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        HomePosts = (file.HomePosts?.Posts ?? []).ToHashSet(StringComparer.Ordinal);
        HomeCountries = file.HomePosts?.Countries ?? [];
        PlaceCaseEndings = (file.PlaceCaseEndings ?? []).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        PlaceFinalVowels = TextNormalizer.Fold(file.PlaceFinalVowels ?? "").ToCharArray();
        OriginCaseEndings = [.. (file.OriginCaseEndings ?? []).Select(TextNormalizer.Fold)];
        Phrases = file.Phrases
            .SelectMany(p => p.All.Select(phrase => (Words: Tokenizer.Words(TextNormalizer.Fold(phrase)).ToArray(), Type: Parse(p.Type))))
            .Where(p => p.Words.Length > 0).OrderByDescending(p => p.Words.Length).ToList();
        UnitPhrases = file.Phrases.Where(p => p.Units is { Count: > 0 })
            .SelectMany(p => p.All.Select(phrase => (Words: Tokenizer.Words(TextNormalizer.Fold(phrase)).ToArray(), Units: (IReadOnlyList<string>)p.Units!)))
            .Where(p => p.Words.Length > 0).OrderByDescending(p => p.Words.Length).ToList();
        WhichWords = file.Which.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        WhichDefaultPerson = file.WhichDefaultPerson.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        WhichJoiners = file.WhichJoiners.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        WhichPersonVerbs = file.WhichPersonVerbs.ToHashSet(StringComparer.Ordinal);
        ClauseJoiners = (file.ClauseJoiners ?? []).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        HeadTypes = file.Heads.SelectMany(h => h.Value.Select(concept => (concept, Type: Parse(h.Key))))
            .ToDictionary(h => h.concept, h => h.Type, StringComparer.Ordinal);
        PersonHeads = HeadTypes.Where(h => h.Value == AnswerType.Person).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
        OwnPosts = PersonHeads.Where(h => !GenericPosts.Contains(h)).ToHashSet(StringComparer.Ordinal);
        AmountContext = file.AmountContext.ToHashSet(StringComparer.Ordinal);
        CountedThings = (file.CountedThings ?? []).ToHashSet(StringComparer.Ordinal);
        AfterSigning = file.AfterSigning.ToHashSet(StringComparer.Ordinal);
        DatedEvents = file.DatedEvents.ToHashSet(StringComparer.Ordinal);
        AgreementSteps = file.AgreementSteps.Select((step, i) => (step, i)).ToDictionary(s => s.step, s => s.i, StringComparer.Ordinal);
        DistinctDates = file.DistinctDates.ToHashSet(StringComparer.Ordinal);
        OwnDates = (file.OwnDates ?? []).ToHashSet(StringComparer.Ordinal);
        ActSteps = (file.ActSteps ?? []).ToHashSet(StringComparer.Ordinal);
        KindredEvents = (file.KindredEvents ?? []).SelectMany(group => group.Select(e => (e, group)))
            .GroupBy(p => p.e, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(p => p.group).Distinct().ToList(), StringComparer.Ordinal);
        Instruments = file.Instruments.ToHashSet(StringComparer.Ordinal);
        KazakhPossessive = file.KazakhPossessive.Select(TextNormalizer.Fold).ToList();
        WholeYear = file.WholeYear.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        GoodsItems = file.GoodsItems.ToHashSet(StringComparer.Ordinal);
        Ceremony = (file.Ceremony?.Concepts ?? []).ToHashSet(StringComparer.Ordinal);
        SharedPosts = (file.SharedPosts ?? []).ToHashSet(StringComparer.Ordinal);
        Occasion = new((file.Ceremony?.Occasion ?? new LanguageWords()).All);
        Exclusion = file.Exclusion;
        ProposalVerbs = file.ProposalVerbs.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();
        CueConcepts = file.CueConcepts.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value, StringComparer.Ordinal);
    }

    /// <summary>The units a question's count phrase asks its number in ("how long did it last" → hours…years); empty for any other.</summary>
    /// <param name="words">The question's words, folded.</param>
    public IReadOnlyList<string> UnitsAsked(IReadOnlyList<string> words)
    {
        foreach (var (phrase, units) in UnitPhrases)
            if (WordPhrase.Anywhere(words, phrase)) return units;
        return [];
    }

    static AnswerType Parse(string name) =>
        Enum.TryParse<AnswerType>(name, ignoreCase: true, out var t) ? t : throw new InvalidOperationException($"answer-types.json: unknown type '{name}'");

    static AnswerTypeCues Load() => new(EmbeddedJson.Load<CueFile>("answer-types.json"));
}
