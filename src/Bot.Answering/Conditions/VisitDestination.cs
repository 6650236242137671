using System.Runtime.CompilerServices;
using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The direction of a visit the question asks of: "when did the mayor of Sofia visit Astana" asks of a visit to Astana,
/// not of a meeting in Sofia; "a visit to Kazakhstan" is not answered by a visit to Bulgaria. The place the question puts
/// after its word for a visit ("visited Astana", "a visit to Kazakhstan", "посети Астана", "Астанаға сапары") is where
/// the evidence must place the event: a sentence placing it in another city or country (in it, or — when the sentence
/// places nothing — in the sentence before it or the headline) contradicts it. A place someone comes from ("from Sofia",
/// "Софиядан") places nothing.
/// </summary>
public sealed class VisitDestination : EvidenceCondition
{
    public static VisitDestination Default { get; } = new();

    public override string Name => "destination";

    readonly ConditionalWeakTable<Question, Box> _asked = new();

    sealed record Box(Entity? Place);

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (Of(q, entities) is not { } destination) return Verdict.Met;
        var window = w.Window;
        var before = window.Before is { } b && !DatelineText.Is(b, window.Published) ? b : null;
        var read = _placed.GetValue(q, _ => new Placings());
        foreach (var text in new[] { window.Sentence, before, window.Title })
            if (text is not null && read.Of(text, destination, entities) is var verdict and not Verdict.NotStated) return verdict;
        return Verdict.NotStated;
    }

    readonly ConditionalWeakTable<Question, Placings> _placed = new();

    /// <summary>
    /// What each text read for a question makes of its destination: a window's sentence is the next window's sentence before,
    /// and every window of a document has its headline, so each is read once per question, not once per window. Read
    /// against one index of names: a question answered again over a newer store reads its texts again.
    /// </summary>
    sealed class Placings
    {
        readonly Lock _gate = new();
        // Weak: a question kept among the recent analyses does not keep an old store's names alive.
        WeakReference<EntityIndex>? _entities;
        Dictionary<string, Verdict> _verdicts = new(StringComparer.Ordinal);

        public Verdict Of(string text, Entity destination, EntityIndex entities)
        {
            lock (_gate)
            {
                if (_entities is null || !_entities.TryGetTarget(out var known) || !ReferenceEquals(known, entities))
                    (_entities, _verdicts) = (new WeakReference<EntityIndex>(entities), new Dictionary<string, Verdict>(StringComparer.Ordinal));
                if (_verdicts.TryGetValue(text, out var verdict)) return verdict;
            }
            var placed = Placed(text, destination, entities);
            lock (_gate)
                if (_entities?.TryGetTarget(out var known) == true && ReferenceEquals(known, entities)) _verdicts[text] = placed;
            return placed;
        }
    }

    /// <summary>The place the question asks a visit to, if it asks of a visit to one.</summary>
    /// <remarks>"Which country did Radev travel to after his visit to Kazakhstan": a question asking where is asking the
    /// destination itself; the visit it names is when, not where the evidence must place it.</remarks>
    public Entity? Of(Question q, EntityIndex entities) =>
        q.Wants(AnswerType.Place) ? null : _asked.GetValue(q, _ => new Box(Read(q.Text, entities))).Place;

    static Entity? Read(string question, EntityIndex entities)
    {
        var words = WordsOf(question);
        var visits = VisitEnds(words);
        if (visits.Count == 0) return null;
        return PlacesIn(question, entities)
            .Select(span => (span, at: WordAt(words, span.Start)))
            .Where(x => x.at >= 0 && Marks(question, words, x.span, x.at, visits, reach: 1) == Mark.Destination)
            .OrderBy(x => visits.Min(v => Math.Abs(v - x.at))).Select(x => x.span.Entity).FirstOrDefault();
    }

    /// <summary>Whether the text places a visit at the destination (met), elsewhere (contradicted) or nowhere.</summary>
    internal static Verdict Placed(string text, Entity destination, EntityIndex entities)
    {
        var words = WordsOf(text);
        var visits = VisitEnds(words);
        var placed = PlacesIn(text, entities)
            .Where(span => WordAt(words, span.Start) is var at and >= 0 && Marks(text, words, span, at, visits, ConditionWords.Default.PlaceReach) == Mark.Destination)
            .Select(span => span.Entity).ToList();
        if (placed.Count == 0) return Verdict.NotStated;
        if (placed.Any(p => Same(p, destination))) return Verdict.Met;
        return placed.Any(p => Elsewhere(p, destination)) ? Verdict.Contradicted : Verdict.NotStated;
    }

    /// <summary>The place is the destination, or lies in the country that is.</summary>
    internal static bool Same(Entity place, Entity destination) =>
        place.Id == destination.Id || destination.Type == "country" && CountryPlace.CountryOf(place) == destination.Id;

    /// <summary>
    /// The place is surely not in the destination: another country, a city of another country, or another city when a
    /// city is asked. (A region may hold the asked city: it is not told apart.)
    /// </summary>
    static bool Elsewhere(Entity place, Entity destination)
    {
        var country = place.Type == "country" || place.Country is not null ? CountryPlace.CountryOf(place) : null;
        var asked = destination.Type == "country" || destination.Country is not null ? CountryPlace.CountryOf(destination) : null;
        if (country is not null && asked is not null && country != asked) return true;
        return destination.Type == "city" && place.Type == "city" && place.Id != destination.Id;
    }

    internal enum Mark { None, Destination, Origin }

    /// <summary>
    /// What the text makes of a place: where someone goes or is ("to", "in", "в", "във" before it, within a few words as in
    /// "в центъра на София"; a Kazakh dative or locative ending; right after a word for a visit), or where they come from.
    /// </summary>
    internal static Mark Marks(string text, List<(int Start, int End, string Folded)> words, EntitySpan span, int at, List<int> visitEnds, int reach)
    {
        var vocabulary = ConditionWords.Default;
        var token = words[at].Folded;
        var ending = Ending(token, span.Entity);
        if (ending.Length > 0)
        {
            if (vocabulary.OriginEndings.Any(e => ending.StartsWith(e, StringComparison.Ordinal))) return Mark.Origin;
            if (vocabulary.DestinationEndings.Any(e => ending.StartsWith(e, StringComparison.Ordinal))) return Mark.Destination;
        }
        for (var i = at - 1; i >= 0 && i >= at - reach; i--)
        {
            if (vocabulary.OriginWords.Contains(words[i].Folded)) return Mark.Origin;
            if (vocabulary.DestinationWords.Contains(words[i].Folded)) return Mark.Destination;
        }
        // "visited Astana", "посети Астана": the visit's object. Not in Kazakh, where the participle comes before the noun it
        // describes ("Болгарияға барған Қазақстан премьер-министрі": the Kazakh prime minister who went to Bulgaria) and the
        // destination carries its own ending (read above).
        // "The zone visited by Kazakhstan's ambassador": after "by" stands the visitor, not the place visited.
        return visitEnds.Any(v => v == at || v == at - 1 && DomainLexicon.Default.IsStopword(words[v].Folded) && !vocabulary.AgentWords.Contains(words[v].Folded))
            && LanguageGuess.Of(text) != Kazakh
            ? Mark.Destination : Mark.None;
    }

    const string Kazakh = "kk";

    /// <summary>What follows the place's name in its word ("Астанаға": "ға"), empty when the word is the name.</summary>
    internal static string Ending(string token, Entity place)
    {
        var longest = 0;
        foreach (var alias in place.Aliases.Append(place.Name).Select(TextNormalizer.Fold))
            if (alias.Length > longest && token.Length > alias.Length && token.StartsWith(alias, StringComparison.Ordinal)) longest = alias.Length;
        return longest == 0 ? "" : token[longest..];
    }

    /// <summary>The index of the word after each word or phrase of a visit.</summary>
    internal static List<int> VisitEnds(List<(int Start, int End, string Folded)> words)
    {
        var folded = words.Select(w => w.Folded).ToList();
        var ends = new List<int>();
        // A phrase first: "продължава към" ends before the place, where the word "продължава" alone would end before "към".
        for (var i = 0; i < folded.Count; i++)
        {
            if (ConditionWords.Default.VisitPhrases.FirstOrDefault(phrase => WordPhrase.At(folded, i, phrase)) is { } phrase) ends.Add(i + phrase.Length);
            else if (DomainLexicon.Default.ConceptsOfWord(folded[i]).Any(c => c is Visit or Travel)) ends.Add(i + 1);
        }
        return ends;
    }

    const string Visit = "visit";
    const string Travel = "travel";

    internal static IEnumerable<EntitySpan> PlacesIn(string text, EntityIndex entities) =>
        entities.FindSpans(text).Concat(CountryPlace.CountriesIn(text))
            .Where(s => s.Entity.Type is "city" or "region" or "place" or "country").DistinctBy(s => (s.Entity.Id, s.Start));

    internal static int WordAt(List<(int Start, int End, string Folded)> words, int offset)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i].End > offset) return words[i].Start <= offset + 1 ? i : -1;
        return -1;
    }

    internal static List<(int Start, int End, string Folded)> WordsOf(string text)
    {
        var words = new List<(int, int, string)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            words.Add((start, start + length, TextNormalizer.Fold(text.Substring(start, length))));
        return words;
    }
}
