using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Answering.Agreements;

/// <summary>
/// What the text of an agreement says of itself, as extraction stored it (<see cref="EventKinds.Signing"/> and
/// <see cref="EventKinds.EntryIntoForce"/> events labelled with the agreement's title, from the same document). "Who signed
/// the tourism agreement for Bulgaria?", "Кто подписал соглашение … с казахстанской стороны?": its signature block names
/// one signer a column, and the one agreement the question is about answers with the signer of the side it asks, or of
/// each side. "When did it enter into force?" of a text that only sets the rule: no date, and the rule. A question matching
/// several agreements, or one the text says nothing of, is left to the sentences.
/// </summary>
public sealed class AgreementTextAnswerer(AgreementReader agreements, EventReader events)
{
    public const string SignatoryRole = "signatory";

    /// <summary>
    /// The one agreement asked: the only one matched, or of several the only one of the kind the question names ("the
    /// healthcare agreement", not the health memorandum its text mentions).
    /// </summary>
    internal static Agreement? One(Question q, List<Agreement> matched)
    {
        if (matched.Count == 1) return matched[0];
        var kinds = AgreementExtractor.KindsIn(q.Text).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        return matched.Where(a => kinds.Contains(a.Kind)).ToList() is [var one] ? one : null;
    }

    static readonly IReadOnlySet<string> EntersForce = new HashSet<string>(["enter_force"], StringComparer.Ordinal);

    /// <summary>
    /// "When did the agreement enter into force?" of the one agreement asked, as the documents reporting it state it: the
    /// date a note or sentence gives ("(Entered into force on 1 September 2012)", "(вступило в силу 1 июня 2020 года)"), or,
    /// where its own text only sets the rule ("shall enter into force on the date of receipt of the last written
    /// notification …") and nothing dates it, no date and the rule — never the day it was done, nor another clause's date.
    /// Null when no document of that agreement tells its entry into force.
    /// </summary>
    public Answer? InForce(Question q, EntityIndex entities)
    {
        // "For how long will it remain in force?" asks a term ("five years, extended automatically"), not the day it began.
        if (!q.AsksAfterSigning || q.AnswerTypes.Any(AnswerTypes.IsNumber) || !Lexicon.DomainLexicon.Default.NamesAny(q.Text, EntersForce)) return null;
        var stated = events.OfKind(EventKinds.EntryIntoForce);
        var all = agreements.All();
        if (stated.Count == 0 || One(q, AgreementMatcher.Match(q, all, entities)) is not { } agreement) return null;
        var told = stated.Where(e => AgreementEvents.Of(agreement, e, all)).ToList();
        if (told.Count == 0) return null;
        var book = new CitationBook();
        var dated = told.Where(e => e.Start is not null).ToList();
        if (dated.Count > 0)
        {
            // Each date as its source gives it: sources that differ are all shown.
            var text = new StringBuilder();
            foreach (var date in dated.GroupBy(e => e.Start))
                text.AppendLine(Formats.Date(date.Key, q.Lang, weekday: false) + " " + book.Mark(date.Select(e => e.Source)));
            text.AppendLine(Texts.Get(q.Lang, "evidence"));
            foreach (var e in dated.DistinctBy(e => e.Evidence)) text.AppendLine(QuoteText.Render(e.Evidence, q.Lang, book.Mark(e.Source)));
            return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q)
            {
                Focus = new AnswerFocus([agreement.Id], [.. dated.Select(e => e.Source.DocumentId).Distinct()], []),
            };
        }
        var rule = told[0];
        return new Answer(Texts.Get(q.Lang, "in_force_rule") + "\n" + QuoteText.Render(rule.Evidence, q.Lang, book.Mark(rule.Source)), q.Lang, Composing.Answer.Offline,
            book.Citations, AnswerKind.NotFound, q)
        {
            Focus = new AnswerFocus([agreement.Id], [rule.Source.DocumentId], []),
        };
    }

    public Answer? Answer(Question q, EntityIndex entities)
    {
        if (!q.AsksSigner || SignatureBlocks.Default.AskedAct(q) is not null) return null;
        var signings = events.OfKind(EventKinds.Signing);
        if (signings.Count == 0) return null;
        var all = agreements.All();
        if (One(q, AgreementMatcher.Match(q, all, entities)) is not { } agreement) return null;
        var signing = signings.FirstOrDefault(e => AgreementEvents.Of(agreement, e, all));
        if (signing is null) return null;
        var sides = SideOfPerson.AskedSides(q).Countries;
        var signers = signing.Actors.Where(a => a.Role == SignatoryRole && (sides.Count == 0 || a.Country is { } c && sides.Contains(c))).ToList();
        // The side asked signed nothing the block names: no other side's signer answers for it.
        if (signers.Count == 0) return null;
        var book = new CitationBook();
        var mark = book.Mark(signing.Source);
        var text = new StringBuilder();
        text.AppendLine(string.Join("; ", signers.Select(s => s.Title is null ? s.Name : $"{s.Name} ({s.Title})")) + " " + mark);
        text.AppendLine(Texts.Get(q.Lang, "evidence"));
        // The block's lines of the sides asked: the other side's signer is no part of the answer.
        var lines = signing.Evidence.Split('\n').Where(l => signers.Exists(s => l.Contains(s.Name, StringComparison.Ordinal)));
        text.Append(QuoteText.Render(string.Join("\n", lines), q.Lang, mark));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Agreements, q)
        {
            Focus = new AnswerFocus([agreement.Id], [signing.Source.DocumentId], []),
        };
    }
}
