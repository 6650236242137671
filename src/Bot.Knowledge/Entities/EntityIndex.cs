using System.Runtime.InteropServices;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Finds known people, places and institutions in text whatever the script or spelling: an alias matches when
/// all of its keys occur in the text, and a match inside a longer one ("Bulgaria" in "Bulgarian Chamber of
/// Commerce") gives way to it. <see cref="FindSpans"/> also says where each name stands.
/// </summary>
public sealed class EntityIndex
{
    // Each entity once, by number: an entry names its entity by number, so a record replaced under its id is what every
    // alias it was indexed under finds.
    readonly List<Entity> _entities;
    readonly Dictionary<string, int> _byId;
    // Every key once, by number (names share given names, surnames and the words of institutions).
    readonly KeyTable _keys = new();
    // For finding by keys: every key list of every alias, chained by its first key.
    readonly AliasEntries _find = new();
    readonly Segments<Chain> _byFirstKey = new();
    // For finding names where they stand: one-word aliases chained by their key, longer ones by their first two keys, so
    // that a common given name does not make every "Aidar" in a text try every Aidar the index knows.
    readonly AliasEntries _spans = new();
    readonly Segments<Chain> _single = new();
    readonly Segments<bool> _startsLonger = new();
    // Whether a key is the second key of a longer alias: the pair is looked up only then (most words after a given name or
    // an institution's first word are none, and a miss in the table of every pair was 4 % of extraction).
    readonly Segments<bool> _secondOfLonger = new();
    readonly Dictionary<long, Chain> _bySecond = [];
    [ThreadStatic] static List<int>? _scratchKeys;
    // The key lists of the spelling being added (each spelling's keys are numbered before the next one's are made).
    [ThreadStatic] static (List<string> Stems, List<string> Names, List<string> LatinStems, List<string> LatinNames)? _aliasKeys;

    public EntityIndex(IEnumerable<Entity> entities) : this(entities, 0, learns: false)
    {
    }

    /// <param name="count">How many entities there are: the index's lists are made that size at once, not grown by doubling
    /// (each smaller copy left on the large-object heap for a large store's thirteen thousand learned people).</param>
    internal EntityIndex(IEnumerable<Entity> entities, int count) : this(entities, count, learns: false)
    {
    }

    EntityIndex(IEnumerable<Entity> entities, int count, bool learns)
    {
        _entities = new List<Entity>(count);
        _byId = new Dictionary<string, int>(count, StringComparer.Ordinal);
        foreach (var entity in entities) Add(entity);
        // One nothing is taught afterwards keeps only what finding needs (an index taught names later works out again what
        // adding needs).
        if (learns) return;
        _entities.TrimExcess();
        _byId.TrimExcess();
        _keys.Trim();
        _find.Trim();
        _spans.Trim();
        _byFirstKey.Trim(_keys.Count);
        _single.Trim(_keys.Count);
        _startsLonger.Trim(_keys.Count);
        _secondOfLonger.Trim(_keys.Count);
        _bySecond.TrimExcess();
    }

    /// <summary>
    /// The fuller index extraction learns with (learned people, every gazetteer place), when this one is the narrower
    /// index answers are read with; null when they are the same.
    /// </summary>
    internal EntityIndex? Learning => _learning?.Value;

    // Built when extraction first asks for it: a process that only answers never needs a second index of every
    // learned person, and it was as large as the first.
    Lazy<EntityIndex>? _learning;

    /// <summary>This index, with the fuller one extraction learns with made from <paramref name="learning"/> on first use.</summary>
    internal EntityIndex WithLearning(Func<EntityIndex> learning)
    {
        _learning = new Lazy<EntityIndex>(learning);
        return this;
    }

    /// <summary>A copy that extraction can teach names to without changing the index answers are read with.</summary>
    public EntityIndex Copy()
    {
        var from = (Learning ?? this)._entities;
        return new(from, from.Count, learns: true);
    }

    /// <summary>Adds an entity, or replaces the one with its id (its old aliases stay findable, and find the new record).</summary>
    public void Add(Entity entity)
    {
        Version++;
        // The spellings of the record this one replaces were all indexed when it was added, and would give the same keys,
        // all skipped below: a learned person completed with one more spelling has only that spelling worked out again.
        HashSet<string>? indexed = null;
        if (_byId.TryGetValue(entity.Id, out var number))
        {
            var previous = _entities[number];
            indexed = previous.Aliases.Append(previous.Name).ToHashSet(StringComparer.Ordinal);
            _entities[number] = entity;
        }
        else
        {
            number = _entities.Count;
            _entities.Add(entity);
            _byId[entity.Id] = number;
        }
        foreach (var alias in entity.Aliases.Append(entity.Name).Distinct())
        {
            if (indexed?.Contains(alias) == true) continue;
            // Each spelling is folded, put in Latin letters and split into words once for both kinds of key.
            var folded = TokenList.Fold(alias);
            var latin = TextNormalizer.IsCyrillic(alias) ? Transliterator.ToLatin(folded) : null;
            var (stems, names, latinStems, latinNames) = _aliasKeys ??= ([], [], [], []);
            AliasKeys.ForAliasAndSpans(alias, stems, names);
            if (latin is not null) AliasKeys.ForAliasAndSpans(latin, latinStems, latinNames);
            AddFind(number, alias, stems);
            if (latin is not null) AddFind(number, alias, latinStems);
            AddSpans(number, alias, names, folded);
            if (latin is not null) AddSpans(number, alias, latinNames, latin);
        }
    }

    void AddFind(int number, string alias, List<string> variant)
    {
        if (variant.Count == 0) return;
        var keys = Numbers(variant);
        _find.TryAdd(ref _byFirstKey[keys[0]], number, alias, keys, 0);
    }

    /// <param name="spelled">The folded spelling the keys were made from.</param>
    void AddSpans(int number, string alias, List<string> variant, string spelled)
    {
        if (variant.Count == 0) return;
        var keys = Numbers(variant);
        if (keys.Length == 1) _spans.TryAdd(ref _single[keys[0]], number, alias, keys, Letters(spelled, variant[0]));
        else
        {
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_bySecond, Pair(keys[0], keys[1]), out var exists);
            if (!exists) chain = Chain.Empty;
            if (_spans.TryAdd(ref chain, number, alias, keys, 0)) (_startsLonger[keys[0]], _secondOfLonger[keys[1]]) = (true, true);
        }
    }

    /// <summary>The keys' numbers (new keys numbered), the buckets grown to every number.</summary>
    ReadOnlySpan<int> Numbers(List<string> keys)
    {
        var numbers = _scratchKeys ??= [];
        numbers.Clear();
        foreach (var key in keys) numbers.Add(_keys.Intern(key));
        _byFirstKey.Grow(_keys.Count, Chain.Empty);
        _single.Grow(_keys.Count, Chain.Empty);
        _startsLonger.Grow(_keys.Count);
        _secondOfLonger.Grow(_keys.Count);
        return CollectionsMarshal.AsSpan(numbers);
    }

    static long Pair(int first, int second) => (long)first << 32 | (uint)second;

    /// <summary>The length of the shortest word of a one-key alias that gives that key ("Nurlanov" → 8, though its key is "nurlan").</summary>
    static int Letters(string spelled, string key)
    {
        var shortest = int.MaxValue;
        var position = 0;
        while (Tokenizer.Next(spelled, ref position, out var start, out var length))
        {
            var word = TokenList.Fold(spelled.AsSpan(start, length));
            if (word.Length < shortest && NameKey.Of(word) == key) shortest = word.Length;
        }
        return shortest == int.MaxValue ? 0 : shortest;
    }

    // Transliteration may spell a name a letter shorter ("Tokayev", "Токаев"); a case form is never shorter still.
    const int SpellingSlack = 1;

    public IReadOnlyCollection<Entity> All => _entities;

    /// <summary>Changes whenever an entity is added or replaced: what was read with the index before may read otherwise now.</summary>
    internal int Version { get; private set; }

    public Entity? Get(string id) => _byId.TryGetValue(id, out var number) ? _entities[number] : null;

    public IReadOnlyList<EntityMatch> FindIn(string text) => FindIn(AliasKeys.ForText(text));

    bool AllIn(ReadOnlySpan<int> keys, IReadOnlySet<string> textKeys)
    {
        foreach (var k in keys)
            if (!textKeys.Contains(_keys[k])) return false;
        return true;
    }

    /// <summary>The same for a text whose <see cref="AliasKeys.ForText"/> keys the caller already has.</summary>
    public IReadOnlyList<EntityMatch> FindIn(IReadOnlySet<string> textKeys)
    {
        var best = new Dictionary<int, EntityMatch>();
        foreach (var key in textKeys)
        {
            var id = _keys.Find(key);
            if (id < 0) continue;
            for (var e = _byFirstKey[id].First; e >= 0; e = _find[e].Next)
            {
                ref readonly var entry = ref _find[e];
                var keys = _find.KeysOf(entry);
                if (!AllIn(keys, textKeys)) continue;
                if (best.TryGetValue(entry.Entity, out var existing) && existing.Keys.Count >= keys.Length) continue;
                best[entry.Entity] = new EntityMatch(_entities[entry.Entity], entry.Alias, KeySet(keys));
            }
        }
        var matches = best.Values.ToList();
        return matches
            .Where(m => !matches.Any(o => o != m && o.Keys.Count > m.Keys.Count && m.Keys.IsSubsetOf(o.Keys)))
            .OrderByDescending(m => m.Keys.Count).ToList();
    }

    HashSet<string> KeySet(ReadOnlySpan<int> keys)
    {
        var set = new HashSet<string>(keys.Length, StringComparer.Ordinal);
        foreach (var k in keys) set.Add(_keys[k]);
        return set;
    }

    /// <summary>The single most specific entity a name denotes, preferring institutions over the places inside their names.</summary>
    /// <remarks>
    /// The first of <see cref="FindIn(string)"/>'s matches without making them: the entity whose best alias has the most
    /// keys (none can hold its keys and more), the first found of those. Every party of every agreement drafted is resolved
    /// here, and the matches' key sets were made only to be thrown away.
    /// </remarks>
    public Entity? Resolve(string name)
    {
        var textKeys = AliasKeys.ForText(name, _resolveKeys ??= new HashSet<string>(StringComparer.Ordinal));
        var best = _resolveBest ??= [];
        var order = _resolveOrder ??= [];
        best.Clear();
        order.Clear();
        foreach (var key in textKeys)
        {
            var id = _keys.Find(key);
            if (id < 0) continue;
            for (var e = _byFirstKey[id].First; e >= 0; e = _find[e].Next)
            {
                ref readonly var entry = ref _find[e];
                var keys = _find.KeysOf(entry);
                if (!AllIn(keys, textKeys)) continue;
                if (best.TryGetValue(entry.Entity, out var existing))
                {
                    if (existing.Keys >= keys.Length) continue;
                }
                else order.Add(entry.Entity);
                best[entry.Entity] = (keys.Length, _entities[entry.Entity]);
            }
        }
        Entity? chosen = null;
        var most = 0;
        foreach (var entity in order)
            if (best[entity] is var (count, record) && (chosen is null || count > most)) (chosen, most) = (record, count);
        return chosen;
    }

    [ThreadStatic] static HashSet<string>? _resolveKeys;
    [ThreadStatic] static Dictionary<int, (int Keys, Entity Entity)>? _resolveBest;
    [ThreadStatic] static List<int>? _resolveOrder;

    /// <summary>
    /// Where each known name stands in the text: an alias matches its words in order (connector words such as "of"
    /// may sit between them, inflected endings may differ); the longest match wins where two overlap.
    /// </summary>
    public IReadOnlyList<EntitySpan> FindSpans(string text) => FindSpans(TokenList.Of(text));

    /// <summary>The same for a text already split into words.</summary>
    public IReadOnlyList<EntitySpan> FindSpans(TokenList text)
    {
        // Each word's keys are looked up once, not again as the second word of every longer name that may start before it.
        var ids = WordKeyIds(text);
        var found = new List<EntitySpan>();
        for (var i = 0; i < ids.Count; i++)
        {
            Candidates(text, ids, i, ids[i].Key, latin: false, found);
            if (ids[i].Latin >= 0) Candidates(text, ids, i, ids[i].Latin, latin: true, found);
        }
        if (found.Count <= 1) return found;
        found.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.KeyCount != b.KeyCount ? b.KeyCount.CompareTo(a.KeyCount) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        var chosen = new List<EntitySpan>();
        if (found.Count <= FewSpans)
        {
            // A sentence's few candidates are checked against the few chosen: no map of the text's characters for them.
            foreach (var span in found)
                if (!OverlapsAny(chosen, span)) chosen.Add(span);
        }
        else
        {
            // Checking each span against the chosen ones was quadratic: a one-line file naming a country 800,000 times
            // took minutes. The covered characters cost each span its own length.
            var end = 0;
            foreach (var span in found) end = Math.Max(end, span.End);
            var covered = new Extraction.CoveredSpans(end);
            foreach (var span in found)
                if (covered.TryAdd(span.Start, span.Length)) chosen.Add(span);
        }
        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    const int FewSpans = 32;

    static bool OverlapsAny(List<EntitySpan> chosen, EntitySpan span)
    {
        foreach (var c in chosen)
            if (c.Start < span.End && span.Start < c.End) return true;
        return false;
    }

    /// <summary>The numbers of each word's key and Latin key (-1: no alias has it), in a list the thread reuses.</summary>
    List<WordIds> WordKeyIds(TokenList text)
    {
        var ids = _wordKeyIds ??= [];
        ids.Clear();
        for (var i = 0; i < text.Count; i++) ids.Add(KeyIdsOf(text.FormsAt(i)));
        return ids;
    }

    /// <summary>
    /// A word's key numbers, kept on its shared record (<see cref="WordForms"/>) for this index: news repeats its words, and
    /// a lookup in a table of every key of every alias (hundreds of thousands once people are learned) is mostly a miss of
    /// the processor's cache. A number once given never changes; a key the index lacked may come with a person learned
    /// since, so "none" holds while no key of its bucket was added (<see cref="KeyTable.StillMissing"/>): the people learned
    /// from each document no longer send every other word of the next one back to the table.
    /// </summary>
    WordIds KeyIdsOf(WordForms forms)
    {
        if (forms.KeyIds is WordKeyNumbers known && ReferenceEquals(known.Table, _keys)
            && (known.KeyBucket < 0 || _keys.StillMissing(known.KeyBucket, known.Keys))
            && (known.LatinBucket < 0 || _keys.StillMissing(known.LatinBucket, known.Keys)))
            return known.Ids;
        var (keyText, latinText, connector) = TextWords.KeysOf(forms);
        var key = _keys.Find(keyText);
        var latin = latinText is null ? -1 : _keys.Find(latinText);
        var ids = new WordIds(key, latin, connector);
        forms.KeyIds = new WordKeyNumbers(_keys, _keys.Count, ids, key >= 0 ? -1 : KeyTable.BucketOf(keyText),
            latinText is null || latin >= 0 ? -1 : KeyTable.BucketOf(latinText));
        return ids;
    }

    /// <summary>A word's key numbers (-1: none) and whether it is a connector word ("of"), as finding names reads them.</summary>
    readonly record struct WordIds(int Key, int Latin, bool Connector);

    /// <summary>
    /// A word's key numbers in one index's table, looked up when it had <see cref="Keys"/> keys; each bucket the bucket of a
    /// key that was missing then (-1: found, or no such key).
    /// </summary>
    sealed record WordKeyNumbers(KeyTable Table, int Keys, WordIds Ids, int KeyBucket, int LatinBucket);

    [ThreadStatic] static List<WordIds>? _wordKeyIds;

    void Candidates(TokenList words, List<WordIds> ids, int i, int id, bool latin, List<EntitySpan> found)
    {
        if (id < 0) return;
        // One-word names all cover just this word and rank alike: only the first found can be chosen, so only it is kept
        // (a common surname shared by many learned people would otherwise add one span per person at every mention).
        if (_single[id].First >= 0 && !HasSingleAt(found, words[i].Start))
        {
            // "Нурлан" shares the cut key of "Nurlanov" but is no form of it: a name's case forms are at least as long as the name.
            var letters = latin ? Transliterator.LatinLength(words[i].Folded) : words[i].Folded.Length;
            for (var e = _single[id].First; e >= 0; e = _spans[e].Next)
            {
                ref readonly var entry = ref _spans[e];
                if (letters + SpellingSlack < entry.Letters) continue;
                found.Add(new EntitySpan(_entities[entry.Entity], entry.Alias, words[i].Start, words[i].Length, 1) { Order = found.Count });
                break;
            }
        }
        if (!_startsLonger[id]) return;
        // The next word, and past connector words ("Ministry of Transport") the one after them.
        for (var n = i + 1; n < words.Count; n++)
        {
            Longer(words, ids, i, id, ids[n].Key, found);
            if (ids[n].Latin >= 0) Longer(words, ids, i, id, ids[n].Latin, found);
            if (!ids[n].Connector) break;
        }
    }

    /// <summary>Whether this word already has its one-word span: the spans of a word are the last ones found.</summary>
    static bool HasSingleAt(List<EntitySpan> found, int start)
    {
        for (var k = found.Count - 1; k >= 0 && found[k].Start == start; k--)
            if (found[k].KeyCount == 1) return true;
        return false;
    }

    void Longer(TokenList words, List<WordIds> ids, int i, int first, int second, List<EntitySpan> found)
    {
        if (second < 0 || !_secondOfLonger[second] || !_bySecond.TryGetValue(Pair(first, second), out var chain)) return;
        for (var e = chain.First; e >= 0; e = _spans[e].Next)
        {
            ref readonly var entry = ref _spans[e];
            var keys = _spans.KeysOf(entry);
            if (MatchAt(words, ids, i, keys) is { } last)
                found.Add(new EntitySpan(_entities[entry.Entity], entry.Alias, words[i].Start, words[last].End - words[i].Start, keys.Length) { Order = found.Count });
        }
    }

    /// <returns>The index of the last word of the match, or null.</returns>
    /// <remarks>Compared by number: a key has one number, and a word's keys no alias has are -1.</remarks>
    static int? MatchAt(TokenList words, List<WordIds> ids, int first, ReadOnlySpan<int> keys)
    {
        var w = first;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            if (k > 0)
            {
                w++;
                while (w < words.Count && ids[w].Connector && !Has(ids[w], key)) w++;
            }
            if (w >= words.Count || !Has(ids[w], key)) return null;
        }
        return w;
    }

    static bool Has(WordIds word, int key) => word.Key == key || word.Latin == key;
}
