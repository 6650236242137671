using Bot.Knowledge.Extraction.Vocabulary;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Metrics;

/// <summary>
/// The metrics the store knows (embedded metrics.json): keys, directions, units, labels in four languages, the words
/// texts use for them and the words questions use. Older keys ("exports", "imports", "investment") still resolve.
/// </summary>
public sealed class MetricCatalog
{
    // New options for the one read, not kept: see VocabularyFile.
    static JsonSerializerOptions JsonOptions => new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    readonly Dictionary<string, MetricDefinition> _byKey = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _familyOf = new(StringComparer.Ordinal);
    readonly List<(MetricDefinition Metric, Regex Cue)> _questionCues = [];
    readonly CueMatcher<(MetricFamily Family, FlowRole Role)> _textCues;

    public static MetricCatalog Default { get; } = Load();

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public IReadOnlyList<MetricFamily> Families { get; }

    public CountryRoles Countries { get; }

    /// <summary>Names and adjectives of third countries (Romania, Венгрия, Унгария, Ресей …): a figure of trade with one of them is not Kazakhstan–Bulgaria's.</summary>
    public CueMatcher<bool> OtherCountries { get; }

    readonly Dictionary<string, Dictionary<string, string>> _texts;

    /// <summary>
    /// A text for showing figures, in en/ru/bg/kk (English when the language is unknown): "title" (the heading of a
    /// list of figures), "compared_with" ("vs {0}").
    /// </summary>
    public string Text(string name, string lang) => _texts[name].TryGetValue(lang, out var t) ? t : _texts[name]["en"];

    static MetricCatalog Load()
    {
        // Its cue lists mix the languages: a cue that may be Kazakh is also spelt in the Kazakh Latin alphabet ("tauar ainalym*").
        return new MetricCatalog(VocabularyFile.Parse("metrics.json", mixedLists: true).Deserialize<CatalogFile>(JsonOptions)!);
    }

    MetricCatalog(CatalogFile file)
    {
        Countries = new CountryRoles(file.Countries);
        OtherCountries = new CueMatcher<bool>((file.OtherCountries ?? []).Select(c => (c, true)));
        _texts = file.Texts;
        Metrics = file.Metrics.Select((m, i) => new MetricDefinition(m.Key, m.Direction, m.Unit, m.Labels, m.Aliases ?? [],
            m.Carry, m.Undated == "document", i, m.Generic, m.Trade)).ToList();
        foreach (var m in Metrics)
        {
            _byKey[m.Key] = m;
            foreach (var alias in m.Aliases) _byKey.TryAdd(alias, m);
        }
        foreach (var (entry, metric) in file.Metrics.Zip(Metrics))
            _questionCues.Add((metric, CuePattern.Compile(entry.Question)));
        Families = file.Families.Select(ToFamily).ToList();
        foreach (var f in Families)
            foreach (var key in f.Members.Values.Concat(f.Commodities.SelectMany(c => c.Members.Values))) _familyOf.TryAdd(key, f.Name);
        _textCues = new CueMatcher<(MetricFamily, FlowRole)>(
            from pair in Families.Zip(file.Families) from role in pair.Second.Cues from cue in role.Value
            select (cue, (pair.First, Enum.Parse<FlowRole>(role.Key, ignoreCase: true))));
    }

    static MetricFamily ToFamily(FamilyEntry e) => new(
        e.Name, Enum.Parse<FigureKind>(e.Kind, ignoreCase: true), e.Members, e.DefaultOwner,
        e.Context is { Count: > 0 } ? new CueMatcher<bool>(e.Context.Select(c => (c, true))) : null,
        new CueMatcher<FlowRole>(from role in e.Cues from cue in role.Value select (cue, Enum.Parse<FlowRole>(role.Key, ignoreCase: true))),
        (e.Commodities ?? []).Select(c => (c.Name, new CueMatcher<bool>(c.Cues.Select(x => (x, true))), (IReadOnlyDictionary<string, string>)c.Members)).ToList(),
        e.QuestionCues is { Count: > 0 } q ? new CueMatcher<FlowRole>(from role in q from cue in role.Value select (cue, Enum.Parse<FlowRole>(role.Key, ignoreCase: true))) : null)
    { Parts = e.Parts };

    /// <summary>The metric a key or one of its older aliases names, or null.</summary>
    public MetricDefinition? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The key a figure of this metric is stored under ("exports" → "exports_kz_to_bg"); unknown keys stay as they are.</summary>
    public string Canonical(string key) => Find(key)?.Key ?? key;

    /// <summary>The metric's label in en/ru/bg/kk (English when the language is unknown, the key when the metric is).</summary>
    public string Label(string key, string lang) => Find(key)?.Label(lang) ?? key;

    /// <summary>
    /// The way a flow goes when the one country a question names as acting is named by no word that places it ("What did
    /// Bulgaria ship?", "Сколько Болгария импортировала?"): from it for what it sends or holds, to it for what it buys.
    /// </summary>
    public string? DirectionOfActor(MetricMention mention, string actor)
    {
        if (!mention.Family.IsDirectional || mention.Role == FlowRole.Neutral) return null;
        var from = mention.Role == FlowRole.Import ? Countries.Other(actor) : actor;
        return from == "KZ" ? MetricDefinition.KazakhstanToBulgaria : MetricDefinition.BulgariaToKazakhstan;
    }

    /// <summary>The family a metric belongs to, by name (null for metrics only the curated data uses).</summary>
    public MetricFamily? FamilyOf(string key) =>
        _familyOf.TryGetValue(Canonical(key), out var name) ? Families.First(f => f.Name == name) : null;

    /// <summary>Every place the text names a kind of figure, in text order; overlapping cues keep the longest.</summary>
    public IReadOnlyList<MetricMention> FindInText(string text) =>
        _textCues.Find(text).Select(h => new MetricMention(h.Index, h.Length, h.Value.Family, h.Value.Role)).ToList();

    /// <summary>
    /// The metric a question asks about: the first in catalogue order whose question words it uses, general ones
    /// (turnover, share) only when no other matches, so "Kazakh companies invested" asks about investment; for a
    /// metric with a direction, the countries the question names choose it ("export to Kazakhstan" → from Bulgaria).
    /// </summary>
    /// <summary>
    /// "How much Kazakh crude did Bulgaria import", "казахстанской нефти": a country's word standing right before the good
    /// names where the good comes from, whatever word names the flow and whoever else the question names; null when the
    /// question puts no country on a good of the family, or the good has no series going that way.
    /// </summary>
    MetricDefinition? GoodOfCountry(string question, MetricFamily family)
    {
        foreach (var (_, cue, members) in family.Commodities)
            foreach (var hit in cue.Find(question))
            {
                var owner = Countries.Find(question, Math.Max(0, hit.Index - 40), hit.Index)
                    .LastOrDefault(m => m.Role is CountryRoles.Role.Owner or CountryRoles.Role.Maker && question.AsSpan(m.Index + m.Length, hit.Index - m.Index - m.Length).Trim().IsEmpty);
                if (owner is null) continue;
                var direction = $"{owner.Country}_to_{Countries.Other(owner.Country)}".ToLowerInvariant();
                if (members.TryGetValue(direction, out var key) && Find(key) is { } good) return good;
            }
        return null;
    }

    /// <param name="question">The question's text.</param>
    /// <param name="actor">
    /// The one country ("KZ", "BG") the question names as doing what it asks, or null: "What did Bulgaria ship in that
    /// period?" names Bulgaria by no word that places it, and the flow is hers (her exports, or what she buys).
    /// </param>
    public MetricDefinition? FindInQuestion(string question, string? actor = null)
    {
        var best = _questionCues.Where(q => q.Cue.IsMatch(question)).Select(q => q.Metric)
            .OrderBy(m => m.IsGeneric).ThenBy(m => m.Order).FirstOrDefault();
        if (best?.Direction is null || FamilyOf(best.Key) is not { } family) return best;
        // A question may name the flow by a verb only a question uses ("sell to", "купил у", "сатты"): it reads the same way.
        var mention = FindInText(question).FirstOrDefault(x => x.Family == family)
            ?? family.QuestionCues?.Find(question).Select(h => new MetricMention(h.Index, h.Length, family, h.Value)).FirstOrDefault();
        if (mention is null) return best;
        if (GoodOfCountry(question, family) is { } ofCountry) return ofCountry;
        var direction = actor is not null && Countries.Find(question, 0, question.Length).Count == 0
            ? DirectionOfActor(mention, actor)
            : DirectionReader.Read(question, mention, 0, question.Length, Countries);
        // A commodity's metric ("oil exports") keeps its commodity whichever way the question reads; a question naming the
        // flow by another word ("How much Kazakh crude did Bulgaria import") still asks of the good's series that way.
        var members = family.GoodsSeriesOf(best.Key) ?? family.Members;
        if (direction is not null && family.GoodsSeriesOf(best.Key) is null
            && family.Commodities.FirstOrDefault(c => c.Members.ContainsKey(direction) && c.Cue.Find(question).Count > 0) is { Members: { } goods }
            && Find(goods[direction]) is { } good) return good;
        if (direction is not null && members.TryGetValue(direction, out var key) && Find(key) is { } directed) return directed;
        // "Болгария Қазақстанға қанша мұнай экспорттады": the commodity has no series going the asked way; the family's
        // series of that direction is what is asked of (and says nothing of the commodity: the answerer reads the text).
        return direction is not null && family.Members.TryGetValue(direction, out var general) && Find(general) is { } whole ? whole : best;
    }
}
