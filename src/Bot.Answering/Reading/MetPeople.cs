using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Reading;

/// <summary>
/// "С кем встречалась Цачева во время визита?", "Whom did X meet?", "Кого прие …": a visitor meets several people, one
/// sentence naming some ("…Мәсімовпен, Жақыповпен, Ыдырысовпен кездесті") and another the rest ("…Тоқаев қабылдады").
/// The answer is every one of them, not the one nearest the question's words.
/// </summary>
public static class MetPeople
{
    /// <summary>
    /// The question asks whom a person it names met or was received by, of no one post ("which prime minister" asks one; the
    /// post of the visitor it names, "председатель Народного собрания Цецка Цачева", is no post of those she met).
    /// </summary>
    public static bool Asks(Question q) =>
        q.Wants(AnswerType.Person) && q.HeadWord is null && !q.AsksActor && !q.AsksSigner && q.Units.Any(u => u.IsPerson) && MeetingParty.AsksAboutMeeting(q.Text);

    /// <summary>The other people the sentence names beside the chosen one, none of them one the question names.</summary>
    public static IEnumerable<AnswerSpan> Besides(Question q, AnswerSpan chosen, IReadOnlyList<AnswerSpan> named) =>
        named.Where(s => s.Type == AnswerType.Person && (s.End <= chosen.Start || s.Start >= chosen.End)
            && !(s.EntityId is { } id && q.Entities.Any(e => e.Entity.Id == id)));
}
