using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Teaches an entity index the people a document names: each name in its base form ("Руменом Радевым" → Румен Радев,
/// "Тоқаевпен" → Тоқаев), joined to a person the index knows when the spelling skeletons agree (Tokayev, Токаев,
/// Тоқаев are one), else added as a new learned person with its spellings in both scripts, its country and title.
/// Curated entities are never changed: a name that resolves to one is simply that entity.
/// </summary>
public sealed class EntityLearner(EntityIndex index)
{
    public const string LearnedPrefix = "x-";

    // Each person under the skeleton of each of its surnames, with the prefixes of its given names beside it (one to three
    // a person: an exact-size array, not a set; 13,000 learned people on the bench corpus: 3 MB as sets), so that the
    // candidates of a surname are compared without a lookup each.
    readonly Dictionary<string, List<(Entity Person, string[] Given)>> _bySurname = new(StringComparer.Ordinal);
    bool _built;

    void Build()
    {
        if (_built) return;
        _built = true;
        foreach (var e in index.All.Where(e => e.Type == "person")) Register(e);
    }

    /// <remarks>Loops over the person's spellings, not a chain of splits: it runs for every person learned or completed.</remarks>
    void Register(Entity e)
    {
        var d = _bySurname;
        // The given names' prefixes, in the order the spellings (then the name) first give them; a one-word spelling gives none.
        var prefixes = _prefixes ??= new List<string>(4);
        prefixes.Clear();
        for (var n = 0; n <= e.Aliases.Count; n++)
        {
            var words = (n < e.Aliases.Count ? e.Aliases[n] : e.Name).AsSpan().Trim(' ');
            var space = words.IndexOf(' ');
            if (space < 0) continue;
            var prefix = GivenPrefix(words[..space].ToString());
            if (prefix.Length > 0 && !prefixes.Contains(prefix)) prefixes.Add(prefix);
        }
        var given = prefixes.Count == 0 ? [] : prefixes.ToArray();
        // Most spellings of a person share a surname skeleton: each skeleton's list is put right once (the person last in it).
        var done = _done ??= new List<string>(4);
        done.Clear();
        for (var n = 0; n <= e.Aliases.Count; n++)
        {
            var last = LastWord(n < e.Aliases.Count ? e.Aliases[n] : e.Name);
            if (last.Length < 3) continue;
            var key = NameSpelling.Skeleton(last.ToString());
            if (done.Contains(key)) continue;
            done.Add(key);
            if (!d.TryGetValue(key, out var list)) d[key] = list = [];
            // The person's earlier record, if any, leaves the list (a loop: a predicate capturing the person was made per skeleton).
            for (var i = list.Count - 1; i >= 0; i--)
                if (string.Equals(list[i].Person.Id, e.Id, StringComparison.Ordinal)) list.RemoveAt(i);
            list.Add((e, given));
        }
    }

    [ThreadStatic] static List<string>? _prefixes;
    [ThreadStatic] static List<string>? _done;

    /// <summary>The name's last word, without the full stops after it ("K." → "K").</summary>
    static ReadOnlySpan<char> LastWord(string name)
    {
        var words = name.AsSpan().TrimEnd(' ');
        return words[(words.LastIndexOf(' ') + 1)..].TrimEnd('.');
    }

    /// <summary>Learns the people of one document; returns the learned entities it added or completed.</summary>
    /// <param name="spans">For each sentence, the names the index knew before (they end a personal name where a place or institution starts).</param>
    public LearnedPeople Learn(IReadOnlyList<Extraction.Vocabulary.TokenList> sentences, IReadOnlyList<IReadOnlyList<EntitySpan>> spans, string lang)
    {
        var changed = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<(int Sentence, PersonName Name, Entity Person)>();
        // Full names first, so that a surname standing alone earlier in the document than its full name is still
        // recognised: each sentence is read once, and its lone surnames wait until the whole document has been read.
        var found = new List<List<PersonName>>(sentences.Count);
        // A full name is placed once: its mention below takes the person placed here, as the document's later names left it.
        var placed = new Dictionary<PersonName, Entity>(ReferenceEqualityComparer.Instance);
        for (var s = 0; s < sentences.Count; s++)
        {
            var names = PersonFinder.Find(sentences[s], lang, spans[s], seen);
            found.Add(names);
            foreach (var name in names)
            {
                if (name.NeedsFullName) continue;
                if (name.GivenParts.Count > 0) placed[name] = Place(name, lang, changed);
                foreach (var b in name.SurnameBases) seen.Add(NameSpelling.Skeleton(b));
            }
        }
        for (var s = 0; s < sentences.Count; s++)
            foreach (var name in found[s])
                if (placed.TryGetValue(name, out var person)) mentions.Add((s, name, changed.GetValueOrDefault(person.Id, person)));
                else if (!name.NeedsFullName || name.SurnameBases.Any(b => seen.Contains(NameSpelling.Skeleton(b))))
                    mentions.Add((s, name, Place(name, lang, changed)));
        return new LearnedPeople(changed.Values.ToList(), mentions);
    }

    Entity Place(PersonName name, string lang, Dictionary<string, Entity> changed)
    {
        var (known, surname) = Known(name);
        if (known is not null && !known.Id.StartsWith(LearnedPrefix, StringComparison.Ordinal)) return known;
        var inflected = !string.Equals(surname, name.WrittenSurname, StringComparison.Ordinal);
        var full = FullName(name, surname, inflected, lang);
        // Most mentions of a learned person add nothing: skip working out titles and spellings for them.
        if (known is not null && known.Aliases.Contains(full) && (known.Role is not null || name.TitleBefore is null && name.TitleAfter is null)) return known;
        var (country, title) = CountryAndTitle(name);
        if (known is not null)
        {
            var completed = Complete(known, full, surname, country, title);
            if (completed != known) Save(completed, changed);
            return completed;
        }
        var id = LearnedPrefix + "person-" + NameSpelling.Skeleton(surname);
        if (index.Get(id) is not null) id += "-" + NameSpelling.Skeleton(name.GivenParts.Count == 0 ? "" : Given(name.GivenParts[0], inflected, lang));
        for (var n = 2; index.Get(id) is not null; n++) id = $"{id.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-')}-{n}";
        var entity = new Entity(id, "person", full, country, title, Aliases(full, surname));
        Save(entity, changed);
        return entity;
    }

    static string Given(string written, bool inflected, string lang) => inflected ? NameRules.GivenBase(written, lang) : written;

    /// <summary>
    /// The name in its base form: the given names (in their base form when the surname was inflected) and the surname.
    /// </summary>
    /// <remarks>Joined in one buffer the thread keeps: every mention of every person is named here, most only to be found known.</remarks>
    static string FullName(PersonName name, string surname, bool inflected, string lang)
    {
        if (name.GivenParts.Count == 0) return surname;
        var b = _name ??= new System.Text.StringBuilder(64);
        b.Clear();
        foreach (var g in name.GivenParts) b.Append(Given(g, inflected, lang)).Append(' ');
        return b.Append(surname).ToString();
    }

    [ThreadStatic] static System.Text.StringBuilder? _name;

    /// <summary>The person the index knows under one of the surname's possible base forms (given names permitting).</summary>
    (Entity? Known, string Surname) Known(PersonName name)
    {
        Build();
        // The given name's prefix is the same for every candidate: worked out once, and only if a surname matches.
        string? mine = null;
        foreach (var b in name.SurnameBases)
            if (_bySurname.TryGetValue(NameSpelling.Skeleton(b), out var people))
                foreach (var (person, given) in people)
                    if (name.GivenParts.Count == 0 || GivenAgrees(given, mine ??= GivenPrefix(name.GivenParts[0]))) return (person, b);
        return (null, name.SurnameBases[0]);
    }

    /// <summary>"Kabibulla Dzhakupov" and "Nurlan Zhakupov" share a surname skeleton but not a given name.</summary>
    static bool GivenAgrees(string[] theirs, string mine)
    {
        if (theirs.Length == 0) return true;
        if (mine.Length == 0) return false;
        // An initial ("K. Massimov") agrees with any given name starting with that letter.
        if (mine.Length != 1 && theirs.Contains(mine)) return true;
        foreach (var t in theirs)
            if (t[0] == mine[0] && (mine.Length == 1 || t.Length == 1)) return true;
        return false;
    }

    /// <summary>Inflected forms ("Руменом") and spellings ("Kassym"/"Касым") of a given name agree on the first three letters of its skeleton.</summary>
    string GivenPrefix(string given)
    {
        var skeleton = NameSpelling.Skeleton(given);
        if (skeleton.Length <= 3) return skeleton;
        var prefix = skeleton.AsSpan(0, 3);
        if (_givenPrefixes.TryGet(prefix, out var known)) return known;
        var made = prefix.ToString();
        return _givenPrefixes.Add(made, made);
    }

    // One copy of each prefix for every person that has it: the prefixes are few (three letters), the people many (13,000
    // learned on the bench corpus, each holding one to three prefixes of its own until the run ends).
    readonly WordCache<string> _givenPrefixes = new(limit: 8_192);

    (string? Country, string? Title) CountryAndTitle(PersonName name)
    {
        for (var k = 0; k < 2; k++)
        {
            var title = k == 0 ? name.TitleBefore : name.TitleAfter;
            if (title is null || !Extraction.Events.EventWords.Roles.IsMatch(title)) continue;
            var country = Gazetteer.FirstCountry(title)
                ?? index.FindSpans(title).Select(s => s.Entity).FirstOrDefault(e => e.Type is "city" or "country" && e.Country is not null)?.Country;
            return (country, title);
        }
        return (null, null);
    }

    static Entity Complete(Entity known, string full, string surname, string? country, string? title)
    {
        var longer = full.Split(' ').Length > known.Name.Split(' ').Length ? full : known.Name;
        var aliases = known.Aliases.Contains(full) ? known.Aliases.ToList() : known.Aliases.Concat(Aliases(full, surname)).Distinct(StringComparer.Ordinal).ToList();
        var updated = known with { Name = longer, Country = known.Country ?? country, Role = known.Role ?? title, Aliases = aliases };
        return updated.Name == known.Name && updated.Country == known.Country && updated.Role == known.Role && aliases.Count == known.Aliases.Count ? known : updated;
    }

    /// <remarks>Each spelling once, in the order first made (the name, the surname, then their other spellings), in a list of its exact size.</remarks>
    static List<string> Aliases(string full, string surname)
    {
        var aliases = _aliases ??= [];
        var seen = _seen ??= new HashSet<string>(StringComparer.Ordinal);
        aliases.Clear();
        seen.Clear();
        Keep(full);
        Keep(surname);
        foreach (var variant in NameSpelling.Variants(full)) Keep(variant);
        foreach (var variant in NameSpelling.Variants(surname)) Keep(variant);
        return new List<string>(aliases);

        void Keep(string alias)
        {
            if (alias.Length > 1 && seen.Add(alias)) aliases.Add(alias);
        }
    }

    [ThreadStatic] static List<string>? _aliases;
    [ThreadStatic] static HashSet<string>? _seen;

    void Save(Entity entity, Dictionary<string, Entity> changed)
    {
        index.Add(entity);
        Register(entity);
        changed[entity.Id] = entity;
    }
}
