using Bot.Answering.Understanding;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Answering.Passages;

/// <summary>
/// Chooses the passages worth reading for a question: those that cover the most of it, the newest first among equals,
/// and only passages that could hold a sentence the answerer accepts (enough of the question's weight and enough of
/// its units, see <see cref="PassageAnswerer"/>).
/// </summary>
/// <remarks>
/// A bm25 query over every key of the question scores each passage that shares a single word with it — tens of
/// thousands on a large store, at a few microseconds each. Here FTS5 only finds candidates among the passages holding
/// the question's rarest units: those holding two of them (all three when that pair is too common), then one, newest
/// first, each query intersecting short doclists and stopping at the limit. The candidates' own words then say which
/// units each holds, common words included, and the best are kept.
/// </remarks>
public sealed class PassageRetriever(PassageSearch search, WordKeys words)
{
    // The rarest units carry most of a question's weight and make the cheapest intersections.
    const int Anchors = 3;

    // Candidates read per question: enough to find the best passages among the newest, few enough to read in a blink.
    public const int Candidates = 40;

    // Documents headed by the asked occasion whose lines are all read, and how far into each.
    const int HeadedDocuments = 3, HeadedPassages = 60;

    /// <param name="floorShare">The share of the question's weight a passage's own words and headline must hold to be read.</param>
    /// <param name="goodsUnit">The unit naming goods a list question asks for: a passage naming goods holds it.</param>
    /// <param name="periodUnits">The units naming a part of the asked year ("first", "quarter"), as bits: no anchors, as years are none.</param>
    public IReadOnlyList<Passage> Retrieve(IReadOnlyList<QueryUnit> units, IReadOnlyList<double> weights, IReadOnlyDictionary<string, long> df, long total, int limit,
        double floorShare = PassageAnswerer.CoverageFloor, int? requiredUnits = null, int ownUnits = 0, int? head = null, ulong periodUnits = 0, int? goodsUnit = null,
        Func<IReadOnlyList<Passage>, IReadOnlyDictionary<long, string>>? headings = null, IDictionary<long, string>? tableHeadings = null)
    {
        var floor = floorShare * weights.Sum();
        var minUnits = requiredUnits ?? PassageAnswerer.MinUnits(units.Count);
        var findable = Enumerable.Range(0, units.Count)
            .Select(i => (Index: i, Keys: units[i].Keys.Where(k => df.GetValueOrDefault(k) > 0).ToArray()))
            .Where(u => u.Keys.Length > 0).ToList();
        // Units no passage holds are part of the question's weight too: they may put every passage below the floor.
        if (findable.Count < minUnits || findable.Sum(u => weights[u.Index]) < floor - 1e-9) return [];

        // Years and months make poor anchors: texts state them in other words ("last year", "за десять месяцев"), and the
        // windows read from the candidates match them by resolved date. The rarest other units find the candidates.
        var content = findable.Where(u => !TimeWords.IsTime(units[u.Index].Label) && (u.Index >= 64 || (periodUnits & 1UL << u.Index) == 0)).ToList();
        // A follow-up's own words ("А кога беше официалното откриване?") find what it asks; the words it carries, what it continues.
        var anchors = (content.Count > 0 ? content : findable).OrderByDescending(u => u.Index < ownUnits).ThenBy(u => u.Keys.Sum(k => df[k])).Take(Anchors).ToList();
        // "Which goods …": what a list is of finds its items (a sentence naming goods), however common its word; it takes the
        // last anchor's place.
        if (head is { } h && !anchors.Any(a => a.Index == h) && findable.FirstOrDefault(u => u.Index == h) is { Keys: not null } headUnit && anchors.Count == Anchors)
            anchors[^1] = headUnit;
        double Weight(List<int> set) => set.Sum(i => weights[anchors[i].Index]);
        var found = new List<long>();
        var seen = new HashSet<long>();
        IReadOnlyList<long> Containing(List<int> set, int limit) =>
            search.Containing(set.Select(i => (IReadOnlyCollection<string>)anchors[i].Keys).ToList(), limit);
        void Add(IEnumerable<long> ids)
        {
            foreach (var id in ids)
                if (found.Count < Candidates && seen.Add(id)) found.Add(id);
        }
        // Pairs before the whole set: when the heaviest pair's passages fit the limit they include every passage
        // holding all the anchors, and that intersection (the costliest query, often empty) is never run.
        var sets = Subsets(anchors.Count).Where(s => s.Count < anchors.Count || anchors.Count <= 2)
            .OrderByDescending(s => s.Count >= 2).ThenByDescending(Weight).ToList();
        for (var i = 0; i < sets.Count && found.Count < Candidates; i++)
        {
            var ids = Containing(sets[i], Candidates);
            if (i == 0 && anchors.Count > 2 && ids.Count == Candidates) Add(Containing([.. Enumerable.Range(0, anchors.Count)], Candidates));
            Add(ids);
        }

        var masks = new UnitMasks(units);
        // A year or month a passage states in other words ("last year", the document's date) is matched by the windows read from it.
        var times = requiredUnits is null ? 0UL : Enumerable.Range(0, Math.Min(64, units.Count)).Where(i => TimeWords.IsTime(units[i].Label)).Aggregate(0UL, (m, i) => m | 1UL << i);
        // "Trade … amounted to $66.6 million in the first quarter of 2025." above "Kazakhstan stepped up shipments of propane …
        // over the three months.": a paragraph goes on in the part of the year the one before it names (as its windows are dated).
        var before = periodUnits == 0 ? null : search.Neighbours(found);
        ulong PartBefore(long id) => before is not null && before.TryGetValue(id, out var n) && n.Before is { } text ? Held(text, masks) & periodUnits : 0;
        IReadOnlyList<Passage> read = search.ByIds(found);
        // A line heading the document with the asked occasion ("Бизнес форум …, Астана, 9 юни 2025 г.") counts as its headline.
        var headed = headings?.Invoke(read);
        // The heading itself found ("…бизнес-форум, Астана…" for "the business forum in Astana"): the lines under it are
        // candidates too, though they hold none of the rare words ("Совместные проекты … 117 млн" for "the joint projects' value").
        if (headed is { Count: > 0 })
            read = [.. read.Concat(read.Where(p => headed.TryGetValue(p.Source.DocumentId, out var line) && p.Text == line)
                    .Select(p => p.Source.DocumentId).Distinct().Take(HeadedDocuments)
                    .SelectMany(d => search.DocumentPassages(d, HeadedPassages))).DistinctBy(p => p.Id)];
        // The rows of a table under a heading line found ("г. Астана, Акорда, 9 июня 2025 года" over a delegation's list) are
        // records of what it names: candidates with its words, as a headed document's lines are with its occasion's.
        var sections = tableHeadings is null ? null : TableSections.Under(read, search);
        if (sections is { Count: > 0 })
        {
            read = [.. read.Concat(sections.Values.Select(s => s.Row)).DistinctBy(p => p.Id)];
            foreach (var (id, section) in sections) tableHeadings![id] = section.Heading;
        }
        ulong Heading(Passage p) => (headed is not null && headed.TryGetValue(p.Source.DocumentId, out var line) ? Held(line, masks) : 0)
            | (sections is not null && sections.TryGetValue(p.Id, out var section) ? Held(section.Heading, masks) : 0);
        // A document's passages share its headline: its words are read once.
        var titles = new Dictionary<string, ulong>(StringComparer.Ordinal);
        ulong Title(string title) => titles.TryGetValue(title, out var held) ? held : titles[title] = Held(title, masks);
        return read
            // The headline counts with the paragraph: "Bektenov received the head of state" is about Radev when the title says so.
            .Select(p => (Passage: p, Held: Held(p.Text, masks) | Title(p.Source.Title) | Heading(p) | times | NamesGoods(p.Text, goodsUnit) | PartBefore(p.Id)))
            .Select(c => (c.Passage, Weight: UnitMasks.Units(c.Held).Sum(i => weights[i]), Units: UnitMasks.Count(c.Held)))
            .Where(c => !masks.Complete || c.Weight >= floor - 1e-9 && c.Units >= minUnits)
            .OrderByDescending(c => c.Weight).ThenBy(c => c.Passage.Rank)
            .Take(limit).Select((c, position) => c.Passage with { Rank = position }).ToList();
    }

    /// <summary>
    /// The units whose keys the search index holds for the passage. The index's view, as a full-text ranking would see
    /// it: the sentence ranker's wider matching (Latin spellings of Cyrillic words) decides among what is read, not what is read.
    /// </summary>
    ulong Held(string text, UnitMasks masks)
    {
        ulong held = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            held |= masks.Of(words.Of(text.AsSpan(start, length)).Indexed);
        return held;
    }

    static ulong NamesGoods(string text, int? goodsUnit) =>
        goodsUnit is { } g && QuestionConditions.Default.GoodsIn(text).Count > 0 ? 1UL << g : 0;

    static IEnumerable<List<int>> Subsets(int count) =>
        Enumerable.Range(1, (1 << count) - 1).Select(mask => Enumerable.Range(0, count).Where(i => (mask & 1 << i) != 0).ToList());
}
