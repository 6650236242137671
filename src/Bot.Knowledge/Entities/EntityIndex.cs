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
    readonly Dictionary<string, Entity> _byId;
    readonly Dictionary<string, List<(Entity Entity, string Alias, string[] Keys)>> _byFirstKey = new(StringComparer.Ordinal);
    // For finding names where they stand: one-word aliases by their key, longer ones by their first two keys, so that a
    // common given name does not make every "Aidar" in a text try every Aidar the index knows.
    readonly Dictionary<string, Spans> _spans = new(StringComparer.Ordinal);
    // What adding needs and finding does not: the key lists already indexed (a spelling that gives the same keys as another
    // is indexed once) and the one copy of each key (the learned people of a large store share given names and surnames,
    // and every alias of a person repeats its words). An index lets go of it once built; one that is taught names after
    // that (extraction's copy) keeps it, and any other works it out again from its buckets if it is ever added to.
    // Measured on the bench corpus (heap dump while answering): the set alone held a 5 MB array of the index's 28 MB.
    Adding? _adding;
    [ThreadStatic] static List<TextWords.Word>? _words;

    sealed class Adding
    {
        public HashSet<IndexedKeys> Indexed { get; } = [];
        public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>The keys as an array of exactly their number, each key the index's one copy of it.</summary>
        public string[] Shared(List<string> keys)
        {
            var shared = new string[keys.Count];
            for (var i = 0; i < shared.Length; i++)
                shared[i] = Keys.TryGetValue(keys[i], out var known) ? known : Keys[keys[i]] = keys[i];
            return shared;
        }
    }

    sealed class Spans
    {
        // With the letters of the alias's word: a key is cut short, and a shorter word is no case form of a longer name.
        public List<(Entity Entity, string Alias, int Letters)> Single { get; } = [];
        public Dictionary<string, List<(Entity Entity, string Alias, string[] Keys)>> BySecond { get; } = new(StringComparer.Ordinal);
    }

    public EntityIndex(IEnumerable<Entity> entities) : this(entities, learns: false)
    {
    }

    EntityIndex(IEnumerable<Entity> entities, bool learns)
    {
        _byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        _adding = new Adding();
        foreach (var entity in entities) Add(entity);
        if (!learns) _adding = null;
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
    public EntityIndex Copy() => new((Learning ?? this)._byId.Values, learns: true);

    /// <summary>Adds an entity, or replaces the one with its id (its old aliases stay findable, and find the new record).</summary>
    public void Add(Entity entity)
    {
        // The spellings of the record this one replaces were all indexed when it was added, and would give the same keys,
        // all skipped below: a learned person completed with one more spelling has only that spelling worked out again.
        var indexed = _byId.TryGetValue(entity.Id, out var previous) ? previous.Aliases.Append(previous.Name).ToHashSet(StringComparer.Ordinal) : null;
        _byId[entity.Id] = entity;
        var adding = _adding ??= AddingFromBuckets();
        foreach (var alias in entity.Aliases.Append(entity.Name).Distinct())
        {
            if (indexed?.Contains(alias) == true) continue;
            foreach (var variant in KeyVariants(alias, AliasKeys.ForAlias))
            {
                if (variant.Count == 0) continue;
                var keys = adding.Shared(variant);
                if (!adding.Indexed.Add(new IndexedKeys(entity.Id, false, keys))) continue;
                Bucket(_byFirstKey, keys[0]).Add((entity, alias, keys));
            }
            foreach (var (variant, spelled) in SpanKeyVariants(alias))
            {
                if (variant.Count == 0) continue;
                var keys = adding.Shared(variant);
                if (!adding.Indexed.Add(new IndexedKeys(entity.Id, true, keys))) continue;
                if (!_spans.TryGetValue(keys[0], out var spans)) _spans[keys[0]] = spans = new Spans();
                if (keys.Length == 1) spans.Single.Add((entity, alias, Letters(spelled, keys[0])));
                else Bucket(spans.BySecond, keys[1]).Add((entity, alias, keys));
            }
        }
    }

    /// <summary>What adding needs, read back from the buckets (a one-word span's key list is its bucket's key).</summary>
    Adding AddingFromBuckets()
    {
        var adding = new Adding();
        void Add(string entityId, bool forSpans, string[] keys)
        {
            adding.Indexed.Add(new IndexedKeys(entityId, forSpans, keys));
            foreach (var key in keys) adding.Keys.TryAdd(key, key);
        }
        foreach (var bucket in _byFirstKey.Values)
            foreach (var (entity, _, keys) in bucket) Add(entity.Id, false, keys);
        foreach (var (first, spans) in _spans)
        {
            string[] single = [first];
            foreach (var (entity, _, _) in spans.Single) Add(entity.Id, true, single);
            foreach (var bucket in spans.BySecond.Values)
                foreach (var (entity, _, keys) in bucket) Add(entity.Id, true, keys);
        }
        return adding;
    }

    static List<(Entity Entity, string Alias, string[] Keys)> Bucket<TKey>(Dictionary<TKey, List<(Entity, string, string[])>> d, TKey key) where TKey : notnull =>
        d.TryGetValue(key, out var list) ? list : d[key] = [];

    static IEnumerable<List<string>> KeyVariants(string alias, Func<string, List<string>> keysOf)
    {
        yield return keysOf(alias);
        if (TextNormalizer.IsCyrillic(alias))
            yield return keysOf(Transliterator.ToLatin(TokenList.Fold(alias)));
    }

    /// <summary>The span keys of an alias and of its Latin spelling, each with the spelling it was made from.</summary>
    static IEnumerable<(List<string> Keys, string Spelled)> SpanKeyVariants(string alias)
    {
        yield return (AliasKeys.ForSpans(alias), TokenList.Fold(alias));
        if (TextNormalizer.IsCyrillic(alias))
        {
            var latin = Transliterator.ToLatin(TokenList.Fold(alias));
            yield return (AliasKeys.ForSpans(latin), latin);
        }
    }

    /// <summary>The length of the shortest word of a one-key alias that gives that key ("Nurlanov" → 8, though its key is "nurlan").</summary>
    static int Letters(string spelled, string key) =>
        Tokenizer.Words(spelled).Select(w => TokenList.Fold(w)).Where(w => NameKey.Of(w) == key).Select(w => w.Length).DefaultIfEmpty(0).Min();

    // Transliteration may spell a name a letter shorter ("Tokayev", "Токаев"); a case form is never shorter still.
    const int SpellingSlack = 1;

    public IReadOnlyCollection<Entity> All => _byId.Values;

    public Entity? Get(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<EntityMatch> FindIn(string text) => FindIn(AliasKeys.ForText(text));

    static bool AllIn(string[] keys, IReadOnlySet<string> textKeys)
    {
        foreach (var k in keys)
            if (!textKeys.Contains(k)) return false;
        return true;
    }

    /// <summary>The same for a text whose <see cref="AliasKeys.ForText"/> keys the caller already has.</summary>
    public IReadOnlyList<EntityMatch> FindIn(IReadOnlySet<string> textKeys)
    {
        var best = new Dictionary<string, EntityMatch>(StringComparer.Ordinal);
        foreach (var key in textKeys)
        {
            if (!_byFirstKey.TryGetValue(key, out var candidates)) continue;
            foreach (var (entity, alias, keys) in candidates)
            {
                if (!AllIn(keys, textKeys)) continue;
                if (best.TryGetValue(entity.Id, out var existing) && existing.Keys.Count >= keys.Length) continue;
                best[entity.Id] = new EntityMatch(_byId[entity.Id], alias, keys.ToHashSet(StringComparer.Ordinal));
            }
        }
        var matches = best.Values.ToList();
        return matches
            .Where(m => !matches.Any(o => o != m && o.Keys.Count > m.Keys.Count && m.Keys.IsSubsetOf(o.Keys)))
            .OrderByDescending(m => m.Keys.Count).ToList();
    }

    /// <summary>The single most specific entity a name denotes, preferring institutions over the places inside their names.</summary>
    public Entity? Resolve(string name)
    {
        var matches = FindIn(name);
        return matches.Count == 0 ? null : matches[0].Entity;
    }

    /// <summary>
    /// Where each known name stands in the text: an alias matches its words in order (connector words such as "of"
    /// may sit between them, inflected endings may differ); the longest match wins where two overlap.
    /// </summary>
    public IReadOnlyList<EntitySpan> FindSpans(string text) => FindSpans(TokenList.Of(text));

    /// <summary>The same for a text already split into words.</summary>
    public IReadOnlyList<EntitySpan> FindSpans(TokenList text)
    {
        // The words are only read while finding: one list per thread serves every call instead of one per sentence.
        var words = TextWords.Of(text, _words ??= []);
        var found = new List<EntitySpan>();
        for (var i = 0; i < words.Count; i++)
        {
            Candidates(words, i, words[i].Key, found);
            if (words[i].LatinKey is { } latin) Candidates(words, i, latin, found);
        }
        if (found.Count <= 1) return found;
        found.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.KeyCount != b.KeyCount ? b.KeyCount.CompareTo(a.KeyCount) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        var chosen = new List<EntitySpan>();
        // Checking each span against the chosen ones was quadratic: a one-line file naming a country 800,000 times
        // took minutes. The covered characters cost each span its own length.
        var covered = new Extraction.CoveredSpans(found.Max(s => s.End));
        foreach (var span in found)
            if (covered.TryAdd(span.Start, span.Length)) chosen.Add(span);
        chosen.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    void Candidates(List<TextWords.Word> words, int i, string key, List<EntitySpan> found)
    {
        if (!_spans.TryGetValue(key, out var spans)) return;
        // One-word names all cover just this word and rank alike: only the first found can be chosen, so only it is kept
        // (a common surname shared by many learned people would otherwise add one span per person at every mention).
        if (spans.Single.Count > 0 && !HasSingleAt(found, words[i].Start))
        {
            // "Нурлан" shares the cut key of "Nurlanov" but is no form of it: a name's case forms are at least as long as the name.
            var letters = key == words[i].Key ? words[i].Folded.Length : Transliterator.ToLatin(words[i].Folded).Length;
            foreach (var (entity, alias, aliasLetters) in spans.Single)
            {
                if (letters + SpellingSlack < aliasLetters) continue;
                found.Add(new EntitySpan(_byId[entity.Id], alias, words[i].Start, words[i].Length, 1) { Order = found.Count });
                break;
            }
        }
        if (spans.BySecond.Count == 0) return;
        // The next word, and past connector words ("Ministry of Transport") the one after them.
        for (var n = i + 1; n < words.Count; n++)
        {
            Longer(words, i, spans, words[n].Key, found);
            if (words[n].LatinKey is { } latin) Longer(words, i, spans, latin, found);
            if (!words[n].IsConnector) break;
        }
    }

    /// <summary>Whether this word already has its one-word span: the spans of a word are the last ones found.</summary>
    static bool HasSingleAt(List<EntitySpan> found, int start)
    {
        for (var k = found.Count - 1; k >= 0 && found[k].Start == start; k--)
            if (found[k].KeyCount == 1) return true;
        return false;
    }

    void Longer(List<TextWords.Word> words, int i, Spans spans, string second, List<EntitySpan> found)
    {
        if (!spans.BySecond.TryGetValue(second, out var candidates)) return;
        foreach (var (entity, alias, keys) in candidates)
            if (MatchAt(words, i, keys) is { } last)
                found.Add(new EntitySpan(_byId[entity.Id], alias, words[i].Start, words[last].End - words[i].Start, keys.Length) { Order = found.Count });
    }

    /// <returns>The index of the last word of the match, or null.</returns>
    static int? MatchAt(List<TextWords.Word> words, int first, string[] keys)
    {
        var w = first;
        for (var k = 0; k < keys.Length; k++)
        {
            if (k > 0)
            {
                w++;
                while (w < words.Count && words[w].IsConnector && !words[w].Has(keys[k])) w++;
            }
            if (w >= words.Count || !words[w].Has(keys[k])) return null;
        }
        return w;
    }
}
