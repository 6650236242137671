namespace Bot.Knowledge.Model;

/// <summary>
/// Something a source says happened (or will happen) between Kazakh and Bulgarian actors: a visit, talks, a commission
/// session, a forum, someone holding a post, an anniversary. One record per source statement; where sources disagree
/// (a visit in 1993 or 1994) each keeps its own.
/// </summary>
/// <param name="Kind">One of <see cref="EventKinds"/>.</param>
/// <param name="Label">A short description in the source's language ("official visit", "5th session of the intergovernmental commission").</param>
/// <param name="Actors">Who acted: the visitor, the host of talks, the holder of a post, the organiser of a forum.</param>
/// <param name="Counterparts">Who they met, whom they replaced, the other co-chair.</param>
/// <param name="Place">Where it happened; for a visit, where the visitor went.</param>
/// <param name="Start">When it began (or happened); for a role, since when it is held.</param>
/// <param name="End">The last day of a range ("23–31 July 1994"), else null.</param>
/// <param name="Status">One of <see cref="EventStatuses"/>: held, planned, current (a post still held), former.</param>
/// <param name="Format">Visits: official, state, working; otherwise null.</param>
/// <param name="Ordinal">The fifth session, the 33rd anniversary.</param>
/// <param name="RoleTitle">For roles: a normalized title key (ambassador, co_chair, minister, akim, mayor, head_of_mission…).</param>
/// <param name="Organisation">For roles: the body or country the post belongs to.</param>
/// <param name="Count">A count the text states for the event ("five documents were signed").</param>
/// <param name="Evidence">The sentence that states it.</param>
public sealed record Event(
    long Id, string Kind, string Label, IReadOnlyList<EventActor> Actors, IReadOnlyList<EventActor> Counterparts,
    EventPlace? Place, PartialDate? Start, PartialDate? End, string Status, string? Format, int? Ordinal,
    string? RoleTitle, EventActor? Organisation, int? Count, string Evidence, SourceRef Source);
