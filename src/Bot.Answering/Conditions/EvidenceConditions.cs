using Bot.Answering.Evidence;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Conditions;

/// <summary>
/// The one step that judges evidence against every condition of the question — its period, its ordinal, the people and companies it
/// names, its place and the country it places things in, a quoted name, the agreement's field, a succession, the goods
/// counted, the way of trade goods are listed for, the body whose event is dated, the post of whom it asks about, the destination of a visit, whether the visit was made, the kind of event — each as met, contradicted or not stated. A
/// contradicted condition, or a key one not stated, excludes the evidence; the conditions that excluded evidence close
/// to the question are what a refusal names.
/// </summary>
public static class EvidenceConditions
{
    /// <summary>In the order they are judged; the first a window breaks is the one a refusal names.</summary>
    public static IReadOnlyList<EvidenceCondition> All { get; } =
    [
        new HeldCondition("period", (q, w, _) => TimeCheck.Holds(q, w.Window) && TimeCheck.MonthsHold(q, w.Window) && ShiftedDay.Holds(q, w.Window)),
        OrdinalCondition.Default,
        new HeldCondition("person", ConstraintCheck.PeopleHold),
        new HeldCondition("actor", ConstraintCheck.ActorsHold),
        new HeldCondition("company", ConstraintCheck.CompaniesHold),
        // The more telling of two conditions a near miss breaks is judged first: a visit the other way before another place.
        SubjectPost.Default,
        HolderBody.Default,
        VisitDestination.Default,
        Visitor.Default,
        VisitMade.Default,
        EventKind.Default,
        HeldEvent.Default,
        PartnerCountry.Default,
        PreviousRound.Default,
        new HeldCondition("place", ConstraintCheck.PlacesHold),
        new HeldCondition("country", (q, w, entities) => CountryPlace.Agrees(q.PlacedIn, w.Window, entities) && CountryPlace.PairHolds(q, w.Window)),
        new HeldCondition("name", ConstraintCheck.QuotedNamesHold),
        new HeldCondition("field", (q, w, _) => Agreements.AgreementField.Holds(q, w.Window)),
        DatedBody.Default,
        new HeldCondition("succession", (q, w, _) => ConstraintCheck.SuccessionHolds(q, w.Window)),
        new HeldCondition("goods", (q, w, _) => ConstraintCheck.GoodsHold(q, w)),
        new HeldCondition("flow", (q, w, _) => GoodsFlow.Holds(q, w.Window)),
        // Last but one: a window it alone excludes still shows, in a refusal, the dates of the steps it does tell.
        AskedStep.Default,
        Completion.Default,
        NotTaken.Default,
    ];

    /// <summary>The first condition the window cannot answer for, or null when it holds them all.</summary>
    public static EvidenceCondition? Unmet(Question q, ScoredWindow w, EntityIndex entities)
    {
        foreach (var condition in All)
            if (condition.Judge(q, w, entities) is var verdict && condition.Excludes(q, verdict)) return condition;
        return null;
    }

    public static bool Hold(Question q, ScoredWindow w, EntityIndex entities) => Unmet(q, w, entities) is null;
}
