using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Agreements;

/// <summary>Lists or counts the agreements a question asks about; says so plainly when none match.</summary>
public sealed class AgreementAnswerer(AgreementReader agreements, PersonScope people)
{
    public const int MaxListed = 12;

    public static bool Wants(Question q) => q.AboutAgreements;

    public Answer Answer(Question q, EntityIndex entities)
    {
        var matched = AgreementMatcher.Match(q, agreements.All(), entities, list => people.Narrow(q, list));
        if (matched.Count == 0)
            return new Answer(Texts.Get(q.Lang, "agreements_none"), q.Lang, Composing.Answer.Offline, [], AnswerKind.NotFound, q);
        var book = new CitationBook();
        var text = new StringBuilder();
        text.AppendLine(Texts.Get(q.Lang, "agreements_found", matched.Count));
        foreach (var a in matched.Take(MaxListed)) text.AppendLine(AgreementFormatter.Line(a, q.Lang, book));
        if (matched.Count > MaxListed) text.AppendLine(Texts.Get(q.Lang, "agreements_more", matched.Count - MaxListed));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Agreements, q)
        {
            Focus = Focus(matched.Take(MaxListed).ToList()),
        };
    }

    /// <summary>One agreement, picked from the last list ("the second one?") or pointed at ("who signed it?").</summary>
    public static Answer One(Agreement a, Question q)
    {
        var book = new CitationBook();
        var line = AgreementFormatter.Line(a, q.Lang, book);
        return new Answer(line, q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Agreements, q) { Focus = Focus([a]) };
    }

    /// <summary>How many words of the question's topic a record holds, of how many (<see cref="AgreementMatcher.TopicHeld"/>).</summary>
    public (int Held, int Of) TopicHeld(Question q, Agreement a, EntityIndex entities) => AgreementMatcher.TopicHeld(q, a, agreements.All(), entities);

    public Agreement? Find(long id) => agreements.ByIds([id]) is { Count: > 0 } found ? found[0] : null;

    /// <summary>The stored agreements of the ids given, in their order, those no longer stored left out: one look at the store for all.</summary>
    public List<Agreement> FindAll(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        var stored = new Dictionary<long, Agreement>();
        foreach (var a in agreements.ByIds(ids)) stored.TryAdd(a.Id, a);
        return [.. ids.Where(stored.ContainsKey).Select(id => stored[id])];
    }

    static AnswerFocus Focus(IReadOnlyList<Agreement> shown) =>
        new(shown.Select(a => a.Id).ToList(), shown.SelectMany(a => a.Sources).Select(s => s.DocumentId).Distinct().ToList(), []);

    /// <summary>
    /// "When did the double taxation convention enter into force?": the record knows its signing, no text its entry into force,
    /// so say that no source states it, and show the record — a card alone would read as the answer.
    /// </summary>
    public static Answer AfterSigningUnknown(Answer listed, Question q) => Unknown(listed, q, "after_signing_unknown");

    /// <summary>The records found, under a line saying that no source states what was asked of them (the text of that key).</summary>
    public static Answer Unknown(Answer listed, Question q, string key) =>
        listed with { Text = Texts.Get(q.Lang, key) + "\n" + listed.Text[(listed.Text.IndexOf('\n') + 1)..], Kind = AnswerKind.NotFound };

    /// <summary>"What is the Astana–Sofia memorandum worth?": no source states a value, so say that, and show what is known.</summary>
    public Answer AnswerCost(Question q, EntityIndex entities)
    {
        var matched = AgreementMatcher.Match(q with { AboutAgreements = true }, agreements.All(), entities);
        var book = new CitationBook();
        var text = new StringBuilder(Texts.Get(q.Lang, "cost_unknown")).Append('\n');
        foreach (var a in matched.Take(3)) text.AppendLine(AgreementFormatter.Line(a, q.Lang, book));
        if (matched.Count == 0 || matched.Count > 3)
            return new Answer(Texts.Get(q.Lang, "not_found"), q.Lang, Composing.Answer.Offline, [], AnswerKind.NotFound, q);
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.NotFound, q);
    }
}
