using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conversation;

/// <summary>
/// Follow-ups keep what they do not say: "and in 2023?" keeps the metric and takes the new year, "and exports?" keeps
/// the year and takes the new metric, "А кто его подписал?" keeps the subject and asks who. Each slot a follow-up
/// leaves empty (metric, period, entities, agreement filters, answer type) comes from the previous question, and its
/// words join the previous question's, so the evidence is searched for both; the previous answer's documents come first.
/// </summary>
public static class FollowUpCarryOver
{
    public static Question Apply(Question current, Question? previous, ConversationMemory? memory)
    {
        if (previous is null) return current;
        // "What did Kazakhstan mainly ship to Bulgaria in that period?": a question of its own, in the last one's time.
        if (!current.IsFollowUp && current.PointsBackInTime && current.Periods.Count == 0 && current.Date is null)
        {
            var periodWords = PeriodWords(previous);
            return current with
            {
                Periods = previous.Periods, Date = previous.Date,
                Units = [.. current.Units, .. previous.Units.Where(u => IsTime(u.Label) || periodWords.Contains(u.Label))],
                PreferredDocuments = memory?.Documents.ToHashSet() ?? [],
            };
        }
        // "And the other side?", "Ал екінші тарап?": the side the last question did not ask, named by no word of this one.
        current = UnnamedSide(current, previous);
        // "And from the Bulgarian side?": the same occasion, its other side.
        var otherSide = current.OtherSide is not null || FollowUpWords.Default.AsksOtherSide(current.Text);
        var comparesLast = ComparesLastFigure(current, previous);
        if (comparesLast) current = current with { Periods = [], Date = null, Units = WithoutWords(current, PeriodWords(current)).Units.Where(u => !IsTime(u.Label)).ToList() };
        if (!current.IsFollowUp && !LacksSubject(current) && !otherSide && !comparesLast) return current;
        if (!comparesLast) current = CountedFromLastPeriod(current, previous);
        // "А с кого се срещна на следващия ден?" after an answer dated 7 October: the day after that one.
        if (current.DayShift != 0 && current.Periods.Count == 0 && current.Date is null && memory?.Date is { } day)
            current = current with { Date = day.AddDays(current.DayShift) };
        // "And the previous one?" after a question on the eighth session: the seventh; its words are no words the evidence holds.
        current = NeighbourRound(current, previous);
        var newTime = current.Periods.Count > 0 || current.Date is not null;
        var newMetric = current.Metric is not null;
        // The previous question's words stay, but not those the follow-up replaces (its years, its metric), nor the person
        // or place it names another of ("А Пырванов?" after a question on Zhelev's visit is about Parvanov's).
        var replaced = Replaced(current, previous);
        if (otherSide) replaced.UnionWith(previous.Units.Where(u => CountryWords.Names(u.Label)).Select(u => u.Label));
        // "Who headed the mission before Temirbaev?" — "Since when did he head it?": he is the one the answer named.
        var answered = AnsweredPeople(current, previous, memory);
        if (answered.Count > 0) replaced.UnionWith(previous.Units.Where(u => u.IsPerson).Select(u => u.Label));
        // "How many nationalities live there?" — "And Bulgarian cultural centres?": a follow-up that counts something else
        // drops what the last one counted; its figure answers nothing now.
        if (current.Counted.Count > 0) replaced.UnionWith(previous.Counted.Where(u => !current.Counted.Any(c => c.Keys.Overlaps(u.Keys))).Select(u => u.Label));
        // "The fifth session…?" — "And the fourth?": the new ordinal replaces the old one's words.
        var newOrdinal = current.Ordinals.Count > 0 && !current.Ordinals.SetEquals(previous.Ordinals);
        var kept = previous.Units.Where(u => !(newTime && IsTime(u.Label)) && !current.Units.Any(c => c.Keys.Overlaps(u.Keys)) && !replaced.Contains(u.Label)
            && !(newOrdinal && IsOrdinal(u.Label)));
        // "Ал … не ұсынды?": a follow-up asking its own question takes its own answer type (none: a description), not the last one's.
        var ownQuestion = current.AnswerTypes.Count == 0 && FollowUpWords.Default.AsksOwnQuestion(Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList());
        var carried = current with
        {
            Metric = current.Metric ?? previous.Metric,
            Metrics = newMetric ? current.Metrics : previous.Metrics,
            Periods = newTime ? current.Periods : previous.Periods,
            Date = newTime ? current.Date : previous.Date,
            Entities = [.. current.Entities, .. previous.Entities.Where(p => current.Entities.All(c => c.Entity.Id != p.Entity.Id) && !replaced.Contains(p.Entity.Name)
                && !(answered.Count > 0 && p.Entity.Type == "person"))],
            AboutAgreements = current.AboutAgreements || previous.AboutAgreements && !newMetric,
            AgreementKind = current.AgreementKind ?? previous.AgreementKind,
            Domain = current.Domain ?? previous.Domain,
            Units = [.. current.Units, .. answered, .. kept],
            OwnUnits = current.Units.Count + answered.Count,
            Ordinals = current.Ordinals.Count > 0 ? current.Ordinals : previous.Ordinals,
            // "А кога Казахстан я ратифицира?" after a question on the convention: the follow-up asks a later step of it.
            AsksAfterSigning = current.AsksAfterSigning || (current.AboutAgreements || previous.AboutAgreements) && !newMetric && AsksLaterStep(current),
            Cues = current.Cues.Count > 0 || ownQuestion ? current.Cues : previous.Cues,
            AnswerTypes = current.AnswerTypes.Count > 0 || ownQuestion ? current.AnswerTypes : previous.AnswerTypes,
            // "Who signed it for Kazakhstan?" — "And from the Bulgarian side?": still who signed, not who was there.
            AsksSigner = current.AsksSigner || current.AnswerTypes.Count == 0 && !ownQuestion && previous.AsksSigner,
            Counted = current.Counted.Count > 0 ? current.Counted : previous.Counted,
            // "Where did the days in Bulgaria close?" — "And in which venue?": a city of another country is still no answer. (Where
            // evidence may place things stays the follow-up's own: "А Нуртаев когда приезжал?" asks of a visit the other way.)
            PlacedInCountry = current.PlacedIn.Count > 0 ? current.PlacedInCountry : previous.PlacedInCountry,
            IsFollowUp = true,
            SameOccasion = otherSide,
            OtherSide = current.OtherSide,
            PreferredDocuments = memory?.Documents.ToHashSet() ?? [],
            SeenSentences = memory?.Quoted.ToHashSet(StringComparer.Ordinal) ?? [],
        };
        return newTime ? carried : OutOfItsTime(carried);
    }

    /// <summary>
    /// "Who is the new rector?" (2024) — "And who was the rector before him?": a predecessor or successor held the post at
    /// another time than the one the last question asked about, so that time is not carried over.
    /// </summary>
    static Question OutOfItsTime(Question q) =>
        QuestionConditions.Default.Of(q).RelatedTo is null || q.Periods.Count == 0 && q.Date is null ? q
            : q with { Periods = [], Date = null, Units = q.Units.Where((u, i) => i < q.OwnUnits || !IsTime(u.Label)).ToList() };

    /// <summary>
    /// The people the previous answer named, as units of the question, when the follow-up points at a person and the last
    /// question asked who: the pronoun stands for the answer, not for whom the last question named.
    /// </summary>
    static List<QueryUnit> AnsweredPeople(Question current, Question previous, ConversationMemory? memory)
    {
        if (memory is not { People.Count: > 0 } m || !previous.Wants(AnswerType.Person) || current.Units.Any(u => u.IsPerson)) return [];
        if (!FollowUpWords.Default.PointsAtPerson(Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList())) return [];
        // The surname stands for the person: a text names them by it alone ("Избастин", "Izbastin").
        return m.People.Take(1).SelectMany(Tokenizer.Words).Where(w => w.Length > 2 && char.IsUpper(w[0])).TakeLast(1)
            .Select(w => new QueryUnit(w, AliasKeys.ForText(w), false) { IsPerson = true, IsName = true }).ToList();
    }

    /// <summary>
    /// "And the previous one?", "А следующее?", "А предишното?", "Ал алдыңғысы ше?" after a question naming one ordinal
    /// (the eighth session): the round before or after it. After a question naming none, nothing moves.
    /// </summary>
    static Question NeighbourRound(Question current, Question previous)
    {
        if (current.Ordinals.Count > 0 || current.DayShift != 0 || previous.Ordinals.Count != 1) return current;
        var (words, shift) = FollowUpWords.Default.RoundShift(Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList());
        var round = previous.Ordinals.First() + shift;
        if (shift == 0 || round < 1) return current;
        return WithoutWords(current with { Ordinals = new HashSet<int> { round } }, words);
    }

    /// <summary>
    /// "Who signed it for Kazakhstan?" — "And the other side?": the follow-up asks of Bulgaria, as "And from the Bulgarian
    /// side?" would; its phrase is no word of the evidence, no list position and no ordinal ("второй стороны", "екінші
    /// тарап"). After a question asking no side, or a side the pair does not hold, nothing moves: no side is guessed.
    /// </summary>
    static Question UnnamedSide(Question current, Question previous)
    {
        var phrase = FollowUpWords.Default.OtherSide(Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList());
        if (phrase.Count == 0) return current;
        var asked = previous.OtherSide ?? Reading.SideOfPerson.AskedSides(previous).Countries;
        var pair = Bot.Knowledge.Metrics.MetricCatalog.Default.Countries;
        if (asked.Count != 1 || !pair.InPair(asked.First())) return current;
        return WithoutWords(current, phrase) with
        {
            OtherSide = new HashSet<string>(StringComparer.Ordinal) { pair.Other(asked.First()) },
            IsFollowUp = true, ListPosition = null, Ordinals = new HashSet<int>(),
        };
    }

    static bool IsOrdinal(string label) => CalendarWords.Ordinal(TextNormalizer.Fold(label)) is not null;

    static bool AsksLaterStep(Question q) =>
        Lexicon.DomainLexicon.Default.NamesAny(q.Text, AnswerTypeCues.Default.AfterSigning);

    /// <summary>
    /// The labels of the previous question's people and places a follow-up names another of: a new person replaces the
    /// last one's people, a new place its places (of the same kind: a city a city, a country a country).
    /// </summary>
    static HashSet<string> Replaced(Question current, Question previous)
    {
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        var newPerson = current.Units.Any(u => u.IsPerson);
        if (newPerson)
            foreach (var u in previous.Units.Where(u => u.IsPerson && !current.Units.Any(c => c.Keys.Overlaps(u.Keys)))) replaced.Add(u.Label);
        foreach (var kind in current.Entities.Where(e => e.Entity.Type is "city" or "region" or "place" or "country").Select(e => e.Entity.Type).Distinct())
            foreach (var e in previous.Entities.Where(p => p.Entity.Type == kind && current.Entities.All(c => c.Entity.Id != p.Entity.Id)))
                replaced.Add(e.Entity.Name);
        return replaced;
    }

    /// <summary>
    /// "Ал бір жыл бұрын ше?", "And two years earlier?", "А за первое полугодие?", "And the whole year before that?": a
    /// follow-up's time counts from the period the last question asked about, not from today — the text before it, as a
    /// sentence's "two years earlier" counts from the year the sentence before named. A span it keeps ("a year earlier"
    /// after January–October 2018 is January–October 2017) and a span with no year ("the first half") take that period's
    /// years. Its periods are relative when reading them from another year moves them; a stated year stays as asked.
    /// </summary>
    static Question CountedFromLastPeriod(Question current, Question previous)
    {
        if (previous.Periods.Count != 1) return current;
        var last = previous.Periods[0];
        if (last.EndYear == Question.AnyYear || last.EndYear < 1000 || last.StartYear < 1000) return current;
        var anchored = FromPeriod(current.Text, last);
        var folded = Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList();
        // "And before that?": the same span a year before the last one, when the follow-up names no time of its own.
        if (anchored.Count == 0 && current.Periods.Count == 0 && current.Date is null && FollowUpWords.Default.PointsToEarlierPeriod(folded))
            return WithYears(WithoutWords(current with { Periods = [Shifted(last, -1)], Date = null }, folded), [Shifted(last, -1)]);
        if (anchored.Count == 0) return current;
        var periods = anchored.Select(f => f.Period).Distinct().ToList();
        if (periods.SequenceEqual(FromPeriod(current.Text, Shifted(last, 1)).Select(f => f.Period).Distinct())) return current;
        // "ten years earlier" says when, not what: its words are no words the evidence must hold.
        var phrase = anchored.SelectMany(f => Tokenizer.Words(TextNormalizer.Fold(current.Text.Substring(f.Index, f.Length)))).ToList();
        return WithYears(WithoutWords(current with { Periods = periods, Date = null }, phrase), periods);
    }

    /// <summary>"And ten years earlier?" after the 2009 census asks as "… in 1999?" would: the year is a word of the question.</summary>
    static Question WithYears(Question q, List<Period> periods)
    {
        var years = periods.Where(p => p.StartYear == p.EndYear).Select(p => p.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => q.Units.All(u => u.Label != y)).Distinct().ToList();
        return years.Count == 0 ? q : q with { Units = [.. q.Units, .. years.Select(y => new QueryUnit(y, AliasKeys.ForText(y), false))] };
    }

    static Question WithoutWords(Question q, IReadOnlyCollection<string> folded)
    {
        var words = folded.ToHashSet(StringComparer.Ordinal);
        var units = q.Units.Where(u => !words.Contains(TextNormalizer.Fold(u.Label))).ToList();
        return units.Count == q.Units.Count ? q : q with { Units = units };
    }

    /// <summary>The periods a follow-up names, read as if the last question's period were the text before it and its year the document's.</summary>
    static List<PeriodFinder.Found> FromPeriod(string text, Period last) =>
        PeriodFinder.Find(text, new PartialDate(last.EndYear), reference: last)
            .Where(p => !p.IsComparison && !p.IsNow && p.Period.StartYear >= 1000).ToList();

    static Period Shifted(Period p, int years) => new(p.StartYear + years, p.StartMonth, p.EndYear + years, p.EndMonth);

    /// <summary>
    /// "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда қалай өзгерді?", "How did this change compared with the same period a
    /// year earlier?": after a figure, a question of no subject of its own that compares asks how that figure, of its period,
    /// compares; the time it names is the base of the comparison, which the figure's own sentence states.
    /// </summary>
    static bool ComparesLastFigure(Question current, Question previous) =>
        previous.Metric is not null && current.Metric is null && !current.AboutAgreements && current.Entities.Count == 0
        && !current.AnswerTypes.Any(t => t is AnswerType.Person or AnswerType.Place or AnswerType.Organisation or AnswerType.Date or AnswerType.Name)
        && FollowUpWords.Default.Compares(Tokenizer.Words(TextNormalizer.Fold(current.Text)).ToList());

    /// <summary>A question naming no metric, agreement or entity but a time ("in 2023?") continues the last one.</summary>
    static bool LacksSubject(Question q) =>
        q.Metric is null && !q.AboutAgreements && q.Entities.Count == 0 && (q.Periods.Count > 0 || q.Date is not null) && q.Units.Count <= 3;

    static bool IsTime(string label) => Passages.TimeWords.IsTime(label);

    /// <summary>The words the question states its period in ("in the first quarter of 2025" → first, quarter, 2025).</summary>
    static HashSet<string> PeriodWords(Question q) =>
        PeriodFinder.Find(q.Text, null, openYear: true)
            .SelectMany(p => Tokenizer.Words(q.Text.Substring(p.Index, p.Length))).ToHashSet(StringComparer.Ordinal);
}
