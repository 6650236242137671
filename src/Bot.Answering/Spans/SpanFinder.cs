using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Answering.Spans;

/// <summary>The candidate answers of one type a text holds, from the finder for that type.</summary>
public sealed class SpanFinder
{
    readonly AmountSpans _amounts;
    readonly PercentSpans _percents;
    readonly FactorSpans _factors;
    readonly CountSpans _counts;
    readonly CountedGroup _groups;
    readonly NameSpans _names;
    readonly OrdinalSpans _ordinals = new(SpanWords.Default);

    static readonly EntityIndex Countries = new(Gazetteer.Places.Where(p => p.Type == "country"));

    readonly IReadOnlySet<string> _countryWords;

    readonly WordKeys _keys;

    public SpanFinder(DomainLexicon lexicon, WordKeys keys)
    {
        _keys = keys;
        _countryWords = lexicon.KeysOf("country");
        var qualifiers = new QualifierWords(lexicon);
        _amounts = new AmountSpans(qualifiers);
        _percents = new PercentSpans(lexicon, qualifiers);
        _factors = new FactorSpans(lexicon, SpanWords.Default);
        _counts = new CountSpans(SpanWords.Default, keys, qualifiers, _groups = new CountedGroup(SpanWords.Default, lexicon));
        _names = new NameSpans(lexicon);
    }

    /// <summary>
    /// "How many Bulgarian students study in Kazakhstan?" is not answered under the FAQ question "Колко казахстански
    /// студенти учат в България?": when the question says whose the counted things are, the other question must say it of
    /// the same country, as the word right before its own counted noun ("казахстански студенти", "қазақстандық студенттер").
    /// </summary>
    public bool CountsTheSameOwner(Question q, string otherQuestion)
    {
        var owners = _groups.Asked(q.Text, q.Counted);
        if (owners.Count == 0) return true;
        var catalog = MetricCatalog.Default.Countries;
        var nouns = q.Counted.Where(u => catalog.Find(u.Label, 0, u.Label.Length).Count == 0).SelectMany(u => u.Keys).ToHashSet(StringComparer.Ordinal);
        var tokens = SpanTokens.Of(otherQuestion);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!_keys.Of(tokens[i].Value).All.Any(nouns.Contains)) continue;
            var mentions = catalog.Find(otherQuestion, tokens[i - 1].Index, tokens[i - 1].Index + tokens[i - 1].Length);
            if (mentions.Count > 0) return owners.All(o => mentions.Any(m => m.Country == o));
        }
        return false;
    }

    /// <summary>Whether a type is answered by a span at all: lists, descriptions and reasons are answered by the evidence itself.</summary>
    public static bool Spans(AnswerType type) => type is not (AnswerType.List or AnswerType.Reason);

    /// <summary>
    /// Types a sentence may answer with a name the store has not learned: a person or an institution in a form no
    /// document taught it. A place is not among them: the gazetteer and the documents' places are where places come
    /// from, so a sentence naming none of them does not say where ("…headed by Vasilenko and Sterk" for "in which city").
    /// </summary>
    public static bool MayNameUnlearned(AnswerType type) => type is AnswerType.Person or AnswerType.Organisation;

    /// <summary>
    /// Whether a text states anything of the type at all, attached to what the question asks or not ("70 scholarships"
    /// for a question on students): such a sentence, quoted beside a refusal, would read as an answer.
    /// </summary>
    /// <summary>
    /// People, places, institutions the store knows; a "who" question is answered by an institution too ("Who organised
    /// the forum?"), and an organisation question by a quoted name the store has not learned.
    /// </summary>
    List<AnswerSpan> Known(string text, EntityIndex entities, AnswerType type, Question q)
    {
        var found = EntitySpans.Find(text, entities, type).ToList();
        // "Which country": the answer index holds no countries (every question names one), so the gazetteer's answer it.
        // "Where did he go after Kazakhstan": the next stop may be a country too.
        if (type == AnswerType.Place && (q.Head is { } head && head.Keys.Overlaps(_countryWords) || Conditions.NextStop.Asks(q, entities)))
        {
            var asked = Countries.FindIn(q.Text).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
            found.AddRange(EntitySpans.Find(text, Countries, type).Where(s => !asked.Contains(s.EntityId!)));
        }
        // "Where did they walk?": with no kind of place asked for, a landmark a sentence names answers too, below a known place.
        // So does an event given as the place ("on the sidelines of the UN General Assembly").
        // "Which economic zone did he visit": a kind of area asked for is named as a landmark is ("Тракия икономическа зона").
        var area = type == AnswerType.Place && LandmarkSpans.Default.AsksArea(q);
        if (type == AnswerType.Place && (q.Head is null && q.HeadWord is null || area))
        {
            // "Hotel "Kazakhstan"", "хотел „София“": a landmark named after a place is the landmark, not that place.
            foreach (var landmark in LandmarkSpans.Default.Find(text, q).ToList())
                if (!found.Any(f => landmark.Start < f.End && f.Start < landmark.End && !(landmark.Start <= f.Start && f.End <= landmark.End && f.Length < landmark.Length)))
                {
                    found.RemoveAll(f => landmark.Start <= f.Start && f.End <= landmark.End);
                    found.Add(landmark);
                }
            if (!area) found.AddRange(LandmarkSpans.Default.Events(text).Where(l => !found.Any(f => l.Start < f.End && f.Start < l.End)));
            // A programme's row: its venue cell is where the row's event is held, whole ("г. Павлодар, культурный центр
            // «Здравец»"), not the city in it the question already names nor a place the event's description mentions
            // ("icons from the National Museum, Sofia"). A cell that dates as well as places ("Date and place of signing:
            // 1 June 2011, Astana") is left to the places it names.
            if (!area && RowCellSpans.Default.Places(text).Where(c => !DateSpans.Find(c.Text, AnswerType.Date, null).Any()).ToList() is { Count: > 0 } venues)
            {
                found.Clear();
                found.AddRange(venues);
            }
        }
        // "Who heads the centre", "кой е ръководил мисията": only a person fills such a predicate, never the name of a hotel or a centre.
        var personOnly = type == AnswerType.Person && QuestionConditions.Default.Of(q).PersonOnly;
        if (type == AnswerType.Person && !personOnly)
            found.AddRange(EntitySpans.Find(text, entities, AnswerType.Organisation).Select(s => s with { Type = AnswerType.Person, Confidence = 0.8 }));
        if (type is AnswerType.Organisation || type == AnswerType.Person && !personOnly)
            found.AddRange(_names.Find(text, type, q).Where(n => n.Confidence >= 0.8 && !found.Any(f => n.Start < f.End && f.Start < n.End))
                .Select(n => n with { Confidence = 0.5 }));
        // A protocol list's name cell is the row's person, whether or not the index knows them ("Name: Aidar Seitkali").
        if (type == AnswerType.Person && RowCellSpans.Default.Person(text) is { } named && !found.Any(f => named.Start < f.End && f.Start < named.End))
            found.Add(named);
        var country = type == AnswerType.Person ? AskedCountry(q) : null;
        if (type == AnswerType.Person) found = found.Select(s => WithoutPlaceHead(text, s, entities)).ToList();
        return found.Where(s => !q.Entities.Any(e => e.Entity.Id == s.EntityId) && !NamedInQuestion(text, s, q)
            && (country is null || !OfAnotherCountry(s, country))).ToList();
    }

    /// <summary>
    /// "мэр Варны Благомир Коцев": a name read with the post's city at its head ("Варны", which the index of names may not
    /// know in that case) is the name after it; the names it is known by that hold the city's word too are no names of the person.
    /// </summary>
    static AnswerSpan WithoutPlaceHead(string text, AnswerSpan span, EntityIndex entities)
    {
        if (span.End > text.Length || !text.AsSpan(span.Start, span.Length).SequenceEqual(span.Text)) return span;
        if (Reading.PlaceWords.Trimmed(text, span.Start, span.End, entities) is not { } name || name.Start == span.Start) return span;
        var words = Knowledge.Text.Tokenizer.Words(text[name.Start..name.End]).Count();
        return span with
        {
            Text = text[name.Start..name.End], Start = name.Start, Length = name.End - name.Start,
            Aliases = span.Aliases.Where(a => Knowledge.Text.Tokenizer.Words(a).Count() <= words).ToList(),
        };
    }

    /// <summary>The one country a "who" question names ("Bulgaria's foreign minister"); none when it names both or neither.</summary>
    static string? AskedCountry(Question q)
    {
        // "Who appointed Vodenski ambassador to Kazakhstan": the country is of the appointee's post, not of the one who acted.
        if (q.AsksActor) return null;
        var named = Countries.FindIn(q.Text).Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// "Kazakhstan's Foreign Minister Mukhtar Tileuberdi and his Bulgarian counterpart…": a person the store knows by a
    /// post of another country is no answer to "who was Bulgaria's foreign minister".
    /// </summary>
    static bool OfAnotherCountry(AnswerSpan span, string asked)
    {
        if (span.Role is not { Length: > 0 } role) return false;
        var countries = Countries.FindIn(role).Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList();
        return countries.Count > 0 && !countries.Contains(asked, StringComparer.Ordinal);
    }

    /// <summary>A person the question itself names ("Whom did Georgi Vodenski replace…") is what it asks about, not the answer: their surname says so.</summary>
    static bool NamedInQuestion(string text, AnswerSpan span, Question q)
    {
        if (span.Type != AnswerType.Person) return false;
        var surname = Knowledge.Text.Tokenizer.Words(text.Substring(span.Start, span.Length)).LastOrDefault();
        if (surname is null) return false;
        var keys = AliasKeys.ForText(surname);
        if (q.Units.Any(u => (u.IsPerson || u.IsName || u.IsEntity) && u.Keys.Overlaps(keys))) return true;
        // "Кто автор памятника Абаю", "Who unveiled the Abai monument": one the question names by one name alone (a poet, a
        // given name) is the one a text calls "Абай Құнанбайұлы", whichever word of the name it shares.
        var lone = LoneNames(q);
        return lone.Count > 0 && Knowledge.Text.Tokenizer.Words(text.Substring(span.Start, span.Length)).Any(word => AliasKeys.ForText(word).Overlaps(lone));
    }

    /// <summary>
    /// The keys of the names the question writes alone, no capitalised word beside them ("памятника Абаю, открытого"); not
    /// the given name of a full name ("с Нурланом Ермекбаевым" names Ermekbayev, not every Nurlan).
    /// </summary>
    static HashSet<string> LoneNames(Question q)
    {
        var lone = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var position = 0;
        while (Knowledge.Text.Tokenizer.Next(q.Text, ref position, out var start, out var length)) words.Add(q.Text.Substring(start, length));
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i][0]) || i + 1 < words.Count && char.IsUpper(words[i + 1][0]) || i > 1 && char.IsUpper(words[i - 1][0])) continue;
            var keys = AliasKeys.ForText(words[i]);
            // The unit's own keys: they hold the name's spellings in the other script ("Abai" for a text's "Абай").
            foreach (var unit in q.Units.Where(u => (u.IsPerson || u.IsName || u.IsEntity) && u.Keys.Overlaps(keys))) lone.UnionWith(unit.Keys);
        }
        return lone;
    }

    /// <summary>The span's clause states a plan, not a fact ("ал келер жылы … мектеп ашу жоспарланып отыр").</summary>
    static bool InPlan(string text, AnswerSpan span)
    {
        var start = Bot.Knowledge.Text.Clauses.StartOf(text, span.Start);
        var end = Bot.Knowledge.Text.Clauses.EndOf(text, span.End);
        return Bot.Knowledge.Extraction.Events.EventWords.Planned.IsMatch(text[start..end]);
    }

    /// <summary>
    /// A date as its sentence tells it: the day an event was meant for and then called off, the day it was put off to (a
    /// plan), or a day its clause plans.
    /// </summary>
    static AnswerSpan Fated(string text, AnswerSpan span) => Bot.Knowledge.Extraction.TakenBack.FateOfDate(text, span.Start, span.End) switch
    {
        Bot.Knowledge.Extraction.DateFate.CalledOff => span with { CalledOff = true, Planned = InPlan(text, span) },
        Bot.Knowledge.Extraction.DateFate.MovedTo => span with { Planned = true },
        _ => span with { Planned = InPlan(text, span) },
    };

    public bool StatesAny(AnswerType type, string text) => type switch
    {
        AnswerType.Count => _counts.Find(text, [], []).Any(),
        AnswerType.Amount => _amounts.Find(text).Any(),
        AnswerType.Percent => _percents.Find(text).Any(),
        AnswerType.Factor => _factors.Find(text).Any(),
        AnswerType.Ordinal => _ordinals.Find(text).Any(),
        AnswerType.Date or AnswerType.Year => DateSpans.Find(text, type, null).Any(),
        _ => false,
    };

    /// <param name="published">The date of the text's document: relative dates are counted from it.</param>
    /// <param name="contextYear">The year the text's paragraph is about before it, for dates it states without one.</param>
    public IReadOnlyList<AnswerSpan> Find(AnswerType type, string text, Question q, EntityIndex entities, PartialDate? published = null, int? contextYear = null) => type switch
    {
        AnswerType.Date or AnswerType.Year => DateSpans.Find(text, type, published, contextYear).Select(s => Fated(text, s)).ToList(),
        AnswerType.Person or AnswerType.Place or AnswerType.Organisation => Known(text, entities, type, q),
        AnswerType.Name => _names.Find(text, AnswerType.Name, q).ToList(),
        AnswerType.Post => PostSpans.Find(text, q),
        // "What volume of cargo": a metric measured in tonnes is answered in tonnes, never with a sum of money; nor "колко тона
        // пшеница" of exports counted in dollars: the unit the question counts in is the one its answer is stated in.
        AnswerType.Amount when (CountSpans.UnitOf(q.Counted) ?? AskedUnit(q) ?? MeasuredIn(q)) is { } unit =>
            _counts.Find(text, [], [], [unit]).Select(s => s with { Type = AnswerType.Amount }).ToList(),
        // "How much in euros": an amount in dollars, tenge or leva is no answer, however near it stands.
        AnswerType.Amount when QuestionConditions.Default.Of(q).Currency is { } currency =>
            _amounts.Find(text).Where(s => s.Unit is null || s.Unit == currency).ToList(),
        AnswerType.Amount => _amounts.Find(text).ToList(),
        AnswerType.Percent => _percents.Find(text).ToList(),
        AnswerType.Factor => _factors.Find(text).ToList(),
        AnswerType.Ordinal => _ordinals.Find(text).ToList(),
        AnswerType.Count => _counts.Find(text, q.Counted, [.. _amounts.Find(text), .. _percents.Find(text), .. _factors.Find(text)],
            UnitsOf(q), AskedYears(q), _groups.Asked(q.Text, q.Counted), q.Units).ToList(),
        _ => [],
    };

    /// <summary>
    /// The units a count must be in: the one the question counts in ("how many tonnes"), else those its phrase asks for
    /// ("how long": a duration, so "two delegations" is no answer), else the metric's; null for any count.
    /// </summary>
    static IReadOnlyCollection<string>? UnitsOf(Question q) =>
        CountSpans.UnitOf(q.Counted) is { } unit ? [unit] : q.CountsIn.Count > 0 ? q.CountsIn : MeasuredIn(q) is { } measured ? [measured] : null;

    /// <summary>
    /// The unit of measure a word of the question names ("Колко тона пшеница", "қанша тонна"): a question asking an amount in
    /// tonnes asks no sum of money, whatever its metric is counted in.
    /// </summary>
    static string? AskedUnit(Question q) =>
        q.Units.Where(u => !u.IsEntity).Select(u => QuantityFinder.UnitOf(u.Label)).FirstOrDefault(u => u is "tonnes" or "km");

    /// <summary>The unit of measure of the metric the question asks about (tonnes for cargo), or null for money and counts.</summary>
    static string? MeasuredIn(Question q) =>
        q.Metric is { } key && MetricCatalog.Default.Find(key)?.Unit is { } unit && QuantityFinder.IsUnit(unit) ? unit : null;

    /// <summary>The single years the question asks about, as periods or as years it names ("при преброяването от 1959 г.").</summary>
    static HashSet<int> AskedYears(Question q) =>
        q.Periods.Where(p => p.StartYear != Question.AnyYear && p.StartYear == p.EndYear).Select(p => p.StartYear)
            .Concat(q.Units.Select(u => Passages.TimeWords.Year(u.Label)).OfType<int>()).ToHashSet();
}
