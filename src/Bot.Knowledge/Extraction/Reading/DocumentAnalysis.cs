using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// Reads a document for the extractors: lays it out (<see cref="DocumentLayout"/>), teaches the entity index the
/// people it names (<see cref="EntityLearner"/>), and finds each unit's dates, places and people.
/// </summary>
public static partial class DocumentAnalysis
{
    [GeneratedRegex(@"^\s*(?<p>\p{Lu}[\p{L}\-’' /]{1,60}?)\s*(?:,[^—–\n]{0,40}?)?\s*(?:—|–|--|\s-\s|,)")]
    private static partial Regex DatelineStart();

    /// <param name="ct">Checked at every unit, so that a stop does not wait for the end of a very long document.</param>
    public static (DocumentFacts Facts, LearnedPeople Learned) Read(SourceDocument doc, EntityIndex index, EntityLearner learner, CancellationToken ct = default) =>
        Read(doc, DocumentWords.Of(doc, ct), index, learner, ct);

    /// <summary>The same for a document whose units and words were made beforehand (see <see cref="DocumentWords"/>).</summary>
    public static (DocumentFacts Facts, LearnedPeople Learned) Read(SourceDocument doc, DocumentWords words, EntityIndex index, EntityLearner learner, CancellationToken ct = default)
    {
        var (units, tokens) = (words.Units, words.Tokens);
        // Names are looked up once per unit, before learning: a person learned from this document is in the learner's mentions.
        var known = new List<IReadOnlyList<EntitySpan>>(units.Count);
        foreach (var unit in units)
        {
            ct.ThrowIfCancellationRequested();
            known.Add(index.FindSpans(tokens[unit.Index]));
        }
        var learned = learner.Learn(tokens, known, doc.Lang);
        var people = new List<PersonRef>?[units.Count];
        foreach (var m in learned.Mentions) (people[m.Sentence] ??= []).Add(new PersonRef(m.Person, m.Name.Start, m.Name.End, m.Name));
        var facts = new List<SentenceFacts>(units.Count);
        // One delegate for every unit (a local function passed as a delegate is made anew at each call site it is passed at).
        Func<TokenList, IReadOnlyList<DateMention>> findDates = t => DateFinder.Find(t, doc.Published);
        foreach (var unit in units)
        {
            var spans = known[unit.Index];
            var refs = People(people[unit.Index], spans);
            // Most sentences name nothing: they share one empty list rather than each holding its own.
            List<EntitySpan>? others = null;
            // Index loops over the span lists here and below: a foreach over the interface boxes an enumerator per sentence.
            for (var k = 0; k < spans.Count; k++)
                if (spans[k] is var s && s.Entity.Type != "person" && !Overlaps(refs, s.Start, s.End)) (others ??= []).Add(s);
            facts.Add(new SentenceFacts(unit, tokens[unit.Index], findDates, others ?? NoSpans, refs));
        }
        var running = RunningText(facts);
        var lead = LeadDate(facts, running, doc.Published);
        var dateline = Dateline(facts);
        return (new DocumentFacts(facts, doc.Published, doc.Lang, dateline, lead)
        {
            NewsMonth = NewsMonth(facts, running, doc.Published, lead), LeadPlace = dateline is null ? LeadPlace(facts, running) : null,
        }, learned);
    }

    /// <summary>
    /// The people of one unit in order: the names learned from this text, then the known people the index found, one
    /// per start (a learned name first); a known person's span that a learned name overlaps gives way to it.
    /// </summary>
    /// <remarks>Loops rather than a LINQ chain: this runs for every sentence of every document ingested.</remarks>
    static IReadOnlyList<PersonRef> People(List<PersonRef>? learned, IReadOnlyList<EntitySpan> spans)
    {
        var refs = learned is null ? null : new List<PersonRef>(learned.Count);
        if (learned is not null)
            foreach (var r in learned)
                if (!StartsAt(refs!, r.Start)) refs!.Add(r);
        for (var k = 0; k < spans.Count; k++)
            if (spans[k] is var s && s.Entity.Type == "person" && (refs is null || !StartsAt(refs, s.Start)) && !(learned is not null && Overlaps(learned, s.Start, s.End)))
                (refs ??= []).Add(new PersonRef(s.Entity, s.Start, s.End, null));
        if (refs is null) return NoPeople;
        refs.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return refs;
    }

    static readonly IReadOnlyList<PersonRef> NoPeople = Array.Empty<PersonRef>();
    static readonly IReadOnlyList<EntitySpan> NoSpans = Array.Empty<EntitySpan>();

    static bool StartsAt(List<PersonRef> refs, int start)
    {
        foreach (var r in refs)
            if (r.Start == start) return true;
        return false;
    }

    static bool Overlaps(IReadOnlyList<PersonRef> refs, int start, int end)
    {
        for (var k = 0; k < refs.Count; k++)
            if (refs[k].Start < end && start < refs[k].End) return true;
        return false;
    }

    /// <summary>"ASTANA —", "NUR-SULTAN / PAVLODAR —", "СОФИЯ —", "Sofia, 5 April 2026 —": the place a news item was filed from.</summary>
    /// <remarks>The first sentence of each of the first three paragraphs is tried: an editor's note or a byline may come first.</remarks>
    static EventPlace? Dateline(List<SentenceFacts> units)
    {
        // Loops rather than grouping every unit of the document by paragraph to look at three.
        var tried = new List<int>(3);
        foreach (var first in units)
        {
            if (first.Unit.Kind == UnitKind.Heading || tried.Contains(first.Unit.Paragraph)) continue;
            if (tried.Count == 3) break;
            tried.Add(first.Unit.Paragraph);
            var m = DatelineStart().Match(first.Text);
            if (!m.Success) continue;
            var end = m.Groups["p"].Index + m.Groups["p"].Length;
            if (first.Places.FirstOrDefault(p => p.Start < end && p.Entity.Type is "city" or "place") is { } place) return Places.Of(place.Entity);
        }
        return null;
    }

    /// <summary>
    /// The city the first sentence of the lead (the first paragraph of running text) places its news in: a city after a
    /// place preposition ("in Astana", "в Софии") or in its place-mention form ("Астанада"), or a venue in a city ("in Akorda").
    /// </summary>
    static EventPlace? LeadPlace(List<SentenceFacts> units, List<(int Paragraph, int Chars)> running)
    {
        var lead = running.FindIndex(p => p.Chars >= 60);
        if (lead < 0) return null;
        var first = units.Find(u => u.Unit.Paragraph == running[lead].Paragraph && u.Unit.Kind == UnitKind.Sentence);
        if (first is null) return null;
        foreach (var place in first.Places)
        {
            // A venue the gazetteer places in a city ("В Акорде состоялись переговоры") places the news in that city.
            var city = place.Entity.Type == "city" ? place.Entity : Places.CityId(place.Entity) is { } id ? Gazetteer.PlaceOf(id) : null;
            if (city is null) continue;
            var word = first.Text.Substring(place.Start, place.Length);
            if (AgreementVocabulary.PlaceMentionEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                || PrepositionBefore(first.Text, place.Start))
                return Places.Of(city);
        }
        return null;
    }

    /// <summary>Whether a place preposition ("in", "в", "във") is the word right before the place at <paramref name="start"/>.</summary>
    static bool PrepositionBefore(string text, int start)
    {
        foreach (Match m in AgreementVocabulary.PlacePhrase.Matches(text))
            if (m.Groups["p"].Index == start) return true;
        return false;
    }

    /// <summary>The paragraphs of running text in the order they start, each with the characters of its sentences.</summary>
    static List<(int Paragraph, int Chars)> RunningText(List<SentenceFacts> units)
    {
        var paragraphs = new List<(int Paragraph, int Chars)>();
        foreach (var u in units)
        {
            if (u.Unit.Kind != UnitKind.Sentence) continue;
            var at = paragraphs.Count - 1;
            while (at >= 0 && paragraphs[at].Paragraph != u.Unit.Paragraph) at--;
            if (at < 0) paragraphs.Add((u.Unit.Paragraph, u.Text.Length));
            else paragraphs[at] = (u.Unit.Paragraph, paragraphs[at].Chars + u.Text.Length);
        }
        return paragraphs;
    }

    /// <summary>The day (or month) the lead paragraph's news happened: a date close to publication in the first paragraphs.</summary>
    static PartialDate? LeadDate(List<SentenceFacts> units, List<(int Paragraph, int Chars)> running, PartialDate? published)
    {
        if (published is not { Day: not null } pub) return null;
        // The first two paragraphs of running text; a short line such as "Published: 10 June 2025 · Economy" is no lead.
        var paragraphs = new HashSet<int>();
        foreach (var (paragraph, chars) in running)
            if (chars >= 60 && paragraphs.Add(paragraph) && paragraphs.Count == 2) break;
        foreach (var unit in units)
        {
            if (!paragraphs.Contains(unit.Unit.Paragraph)) continue;
            foreach (var d in unit.Dates)
                if (d.Start.Month is not null && d.Start.Start <= pub.End && pub.Start.DayNumber - d.Start.End.DayNumber <= 31) return d.Start;
        }
        return null;
    }

    /// <summary>
    /// A news lead that dates nothing (a year at most: "later this year") reports what happened about when it was
    /// published: the publication month, no finer.
    /// </summary>
    static PartialDate? NewsMonth(List<SentenceFacts> units, List<(int Paragraph, int Chars)> running, PartialDate? published, PartialDate? lead)
    {
        if (lead is not null || published is not { Day: not null } pub) return null;
        var at = running.FindIndex(p => p.Chars >= 60);
        if (at < 0) return null;
        foreach (var u in units)
            if (u.Unit.Kind == UnitKind.Sentence && u.Unit.Paragraph == running[at].Paragraph)
                foreach (var d in u.Dates)
                    if (d.Start.Month is not null) return null;
        return new PartialDate(pub.Year, pub.Month);
    }
}
