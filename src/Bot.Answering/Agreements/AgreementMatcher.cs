using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Answering.Conditions;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Agreements;

/// <summary>
/// Narrows the store's agreements to those a question is about: by date, place, party, kind and domain,
/// then, when the question names a subject ("the Trans-Caspian route"), by how much of it each title covers.
/// </summary>
public static class AgreementMatcher
{
    /// <param name="scope">Narrows the records of the asked time, place and parties before the subject ranks them (the
    /// people a question names: <see cref="PersonScope"/>).</param>
    public static List<Agreement> Match(Question q, IReadOnlyList<Agreement> all, EntityIndex entities, Func<List<Agreement>, List<Agreement>>? scope = null)
    {
        IEnumerable<Agreement> candidates = all;
        if (q.AgreementKind is { } kind) candidates = candidates.Where(a => a.Kind == kind);
        if (q.Date is { } day) candidates = candidates.Where(a => a.Signed is { } s && s.Start <= day && day <= s.End);
        else if (q.Periods.Where(p => p.StartYear != Question.AnyYear).ToList() is { Count: > 0 } periods)
            candidates = candidates.Where(a => a.Signed is { } s && periods.Any(p => Overlaps(s, p)));
        if (q.Domain is { } domain) candidates = candidates.Where(a => a.Domain == domain || DomainAlias(a.Domain) == domain);

        var named = q.Entities.Select(m => m.Entity).Where(e => e.Type != "country" && !e.Id.EndsWith("-government", StringComparison.Ordinal)).ToList();
        // "during Radev's visit to Astana": the city a visit goes to is where its documents were signed, not a party to them.
        var destination = VisitDestination.Default.Of(q, entities);
        var places = named.Where(e => e.Type == "city" && (IsPlaceMention(q.Text, e) || destination?.Id == e.Id)).ToList();
        var parties = named.Where(e => !places.Contains(e) && e.Type != "person").ToList();
        foreach (var place in places)
        {
            var inCity = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            candidates = candidates.Where(a => a.Place is { } p && (inCity.TryGetValue(p, out var known) ? known : inCity[p] = IsIn(p, place, entities)));
        }
        foreach (var party in parties)
            candidates = candidates.Where(a => a.Parties.Any(p => p.EntityId == party.Id || Names(p.Name, party))
                || party.Type == "city" && string.Equals(a.Place, party.Name, StringComparison.OrdinalIgnoreCase));

        // "What did Dorbai Wine LLP sign with the Port of Rotterdam?": a company the question names by its shape and no entity
        // resolves is a party only where a record names it, word after word; one no record names signed nothing stored, and
        // another company's agreement on the same subject is no answer.
        foreach (var company in QuestionConditions.Default.Of(q).Companies ?? [])
        {
            var names = CompanyNames.StoredNamer(company);
            candidates = candidates.Where(a => names(a.Title) || a.Parties.Any(p => names(p.Name)));
        }

        var list = candidates.ToList();
        if (scope is not null) list = scope(list);
        if (list.Count == 0) return list;
        var lists = AgreementAsk.Listing(q);
        var subject = Subject(q, lists);
        // "When was the memorandum on port cooperation signed?" asks about one agreement: a record holding none of its topic
        // (the railway memorandum) is another agreement, shown by no card. "Which documents were signed…" lists what there is.
        if (!lists && AgreementTopic.Of(q, subject) is { Count: > 0 } topic)
        {
            var ask = (q.AgreementAsk ?? AgreementAsk.Of(q)) with { Topic = topic };
            // Read from the store's key index, not from each record's keys: a question naming no stored agreement ("What did
            // X sign with the Port of Rotterdam?") would otherwise work out the keys of every record.
            var index = IndexOf(all, entities);
            var holding = new HashSet<Agreement>(ReferenceEqualityComparer.Instance);
            foreach (var u in topic)
                foreach (var k in u.Keys)
                    if (!Generic.Contains(k) && index.TryGetValue(k, out var agreements)) holding.UnionWith(agreements);
            // A record in another language than a topic of loose words ("of intent") is not told apart by it.
            list = list.Where(a => holding.Contains(a) || !ask.CanTell(() => AgreementAsk.TitleLanguage(a))).ToList();
        }
        if (list.Count <= 1 || subject.Count == 0) return list;
        var held = subject.Count <= 64 ? SubjectsHeld(subject, all, entities) : null;
        var scored = list.Select(a => (Agreement: a, Score: held is null ? Score(a, subject, entities) : BitOperations.PopCount(held.GetValueOrDefault(a)))).ToList();
        var best = scored.Max(s => s.Score);
        // "Which documents were signed in Astana on 9 June in the presence of the two presidents?": a listing whose other words
        // tell its occasion, not a subject (no record holds half of them: "President" in one party's name), lists them all.
        if (best * 2 < subject.Count && lists) return list;
        return best <= 0 ? list : scored.Where(s => s.Score >= best * 0.75).Select(s => s.Agreement).ToList();
    }

    /// <summary>The question's words that may name what an agreement is about: no entity, number, agreement word or month.</summary>
    static List<QueryUnit> Subject(Question q, bool lists) =>
        // "Which documents were signed in the presence of the two presidents?": the occasion says when, not which.
        Ceremony.Without(q.Units.Where(u => !u.IsEntity && !u.Label.All(char.IsDigit) && !IsAgreementWord(u.Label) && CalendarWords.Month(TextNormalizer.Fold(u.Label)) is null).ToList(), lists);

    // Concepts (lexicon ids) of the frame a title puts its subject in ("in the field of", "в области", "саласындағы"): half
    // the titles hold them, and holding them tells nothing of which subject.
    static readonly HashSet<string> FrameConcepts = new(["field"], StringComparer.Ordinal);

    /// <summary>
    /// How many of the words of the topic the question asks about a record holds, of how many ("maritime" and "transport"
    /// in "the memorandum on maritime transport": the road transport agreement holds one of two, kept because the question's
    /// loose word in another language than the title's cannot tell it apart).
    /// </summary>
    public static (int Held, int Of) TopicHeld(Question q, Agreement a, IReadOnlyList<Agreement> all, EntityIndex entities)
    {
        var index = IndexOf(all, entities);
        var topic = AgreementTopic.Of(q, Subject(q, AgreementAsk.Listing(q)))
            .Where(u => !Lexicon.DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(u.Label)).Any(FrameConcepts.Contains)).ToList();
        var held = topic.Count(u => u.Keys.Any(k => !Generic.Contains(k) && index.TryGetValue(k, out var agreements) && agreements.Contains(a)));
        return (held, topic.Count);
    }

    /// <summary>The city itself or a venue in it: the Akorda is in Astana.</summary>
    static bool IsIn(string place, Entity city, EntityIndex entities) =>
        string.Equals(place, city.Name, StringComparison.OrdinalIgnoreCase)
        || (entities.Resolve(place) ?? Gazetteer.Places.FirstOrDefault(p => string.Equals(p.Name, place, StringComparison.OrdinalIgnoreCase))) is { } venue
            && Places.CityId(venue) == city.Id;

    /// <summary>"mayor of Varna Blagomir Kotsev": a party the record names by an office of a place is that place's party.</summary>
    static bool Names(string partyName, Entity entity)
    {
        var keys = AliasKeys.ForText(partyName);
        return entity.Aliases.Append(entity.Name).Any(alias => AliasKeys.ForAlias(alias) is { Count: > 0 } wanted && wanted.All(keys.Contains));
    }

    static bool IsAgreementWord(string word) => AgreementVocabulary.NamesDocuments(word);

    static bool Overlaps(PartialDate d, Period p) =>
        d.Start <= new DateOnly(p.EndYear, p.EndMonth, DateTime.DaysInMonth(p.EndYear, p.EndMonth)) && new DateOnly(p.StartYear, p.StartMonth, 1) <= d.End;

    static string DomainAlias(string domain) => domain == "aviation" ? "transport" : domain;

    static readonly string PlaceWords = string.Join('|', AgreementVocabulary.PlaceMentions.Select(Regex.Escape));
    static readonly string PlaceEndings = string.Join('|', AgreementVocabulary.PlaceMentionEndings.Select(Regex.Escape));

    /// <summary>"in Astana", "в Астане", "Астанада": the city is where it was signed, not a party.</summary>
    static bool IsPlaceMention(string text, Entity city) =>
        city.Aliases.Append(city.Name).Any(alias =>
            Regex.IsMatch(text, $@"(?:\b(?:{PlaceWords})\s+){Regex.Escape(alias[..Math.Min(alias.Length, Math.Max(4, alias.Length - 2))])}", RegexOptions.IgnoreCase)
            || Regex.IsMatch(text, $@"{Regex.Escape(alias)}(?:{PlaceEndings})\b", RegexOptions.IgnoreCase));

    // Generic words ("memorandum", "signed") match every title and say nothing about which one is meant.
    static readonly HashSet<string> Generic = AgreementVocabulary.GenericTitleWords.Select(w => Stemmer.Stem(TextNormalizer.Fold(w))).ToHashSet(StringComparer.Ordinal);

    static double Score(Agreement a, List<QueryUnit> subject, EntityIndex entities)
    {
        var keys = KeysOf(a, entities);
        return subject.Count(u => u.Keys.Any(k => !Generic.Contains(k) && keys.Contains(k)));
    }

    /// <summary>For each agreement holding any subject unit, which units (as bits), through the keys index of <paramref name="all"/>.</summary>
    static Dictionary<Agreement, ulong> SubjectsHeld(List<QueryUnit> subject, IReadOnlyList<Agreement> all, EntityIndex entities)
    {
        var index = IndexOf(all, entities);
        var held = new Dictionary<Agreement, ulong>(ReferenceEqualityComparer.Instance);
        for (var u = 0; u < subject.Count; u++)
            foreach (var key in subject[u].Keys)
                if (!Generic.Contains(key) && index.TryGetValue(key, out var agreements))
                    foreach (var a in agreements) held[a] = held.GetValueOrDefault(a) | 1UL << u;
        return held;
    }

    // Which agreements each key stands in (title, parties, domain, the parties' aliases), built once per list of
    // agreements — the store's snapshot, until the store changes: a question about a subject scores every agreement,
    // and the keys of a title and its parties' aliases cost far more than the score. A list that has grown or shrunk
    // since (a caller's own list) is indexed again.
    static readonly ConditionalWeakTable<IReadOnlyList<Agreement>, Tuple<EntityIndex, int, Dictionary<string, List<Agreement>>>> Indexes = new();

    static Dictionary<string, List<Agreement>> IndexOf(IReadOnlyList<Agreement> all, EntityIndex entities)
    {
        if (Indexes.TryGetValue(all, out var known) && ReferenceEquals(known.Item1, entities) && known.Item2 == all.Count) return known.Item3;
        var index = new Dictionary<string, List<Agreement>>(StringComparer.Ordinal);
        foreach (var a in all)
            foreach (var key in KeysOf(a, entities))
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(a);
            }
        Indexes.AddOrUpdate(all, Tuple.Create(entities, all.Count, index));
        return index;
    }

    static HashSet<string> KeysOf(Agreement a, EntityIndex entities)
    {
        var keys = AliasKeys.ForText(a.Title + " " + string.Join(' ', a.Parties.Select(p => p.Name)) + " " + a.Domain);
        foreach (var p in a.Parties)
            // A party's country makes it an agreement with that country too: the National Assembly (Bulgarian), Burgas, Aktau.
            foreach (var e in new[] { p.EntityId is { } id ? entities.Get(id) : null, CountryOf(p.Country) })
                if (e is not null)
                    foreach (var alias in e.Aliases) keys.UnionWith(AliasKeys.ForAlias(alias));
        return keys;
    }

    static Entity? CountryOf(string? country) =>
        country is null ? null : Gazetteer.Places.FirstOrDefault(p => p.Type == "country" && p.Country == country);
}
