using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who attended the opening?", "Кои присъстваха на откриването?", "Ашылуға кімдер қатысты?": everyone the sentence names as
/// present, and those a sentence beside it names when one of the two adds to the other — a gallery's captions split the
/// guests over two lines ("Сред гостите на церемонията бяха … Янчев и … Барбалов." / "… Стоилов … и … Пулев също
/// присъстваха на откриването."), a report over two sentences ("Among the guests were … . … also attended.").
/// </summary>
public static class Attendees
{
    static readonly IReadOnlySet<string> Attend = new HashSet<string>(StringComparer.Ordinal) { "attend" };

    /// <summary>The question asks who was present, of no post or role of its own ("which ministers", "which boxer attended" ask of one).</summary>
    public static bool Asks(Question q) =>
        q.Wants(AnswerType.Person) && !q.AsksActor && !q.AsksSigner
        && (q.Head is null || Bot.Knowledge.Text.TextNormalizer.Fold(q.Head.Label) is var head
            && !DomainLexicon.Default.ConceptsOfWord(head).Any(AnswerTypeCues.Default.OwnPosts.Contains)
            // "Which boxer attended": one guest called so, not everyone present.
            && !QuestionConditions.Default.PersonRoles.Contains(head))
        && DomainLexicon.Default.NamesAny(q.Text, Attend);

    /// <summary>
    /// The sentence beside <paramref name="from"/> (the evidence's sentence, or its neighbour the person was read from) that
    /// names more of those present: the one before, when <paramref name="from"/> adds to it, or the one after, when it adds
    /// to <paramref name="from"/> — each telling of attending. Null when neither does.
    /// </summary>
    public static string? Beside(EvidenceWindow w, string from)
    {
        if (!Tells(from)) return null;
        var (before, after) = Around(w, from);
        if (ListContinuation.Adds(from) && before is not null && Tells(before) && !DatedItem.Apart(w, before)) return before;
        if (after is not null && ListContinuation.Adds(after) && Tells(after) && !DatedItem.Apart(w, after)) return after;
        return null;
    }

    /// <summary>The sentences before and after <paramref name="from"/>, as far as the window reads them.</summary>
    static (string? Before, string? After) Around(EvidenceWindow w, string from)
    {
        if (from == w.Sentence) return (w.Before, w.After);
        var sentences = Bot.Knowledge.Extraction.SentenceSplitter.Split(w.Passage.Text);
        string? At(int i) => i >= 0 && i < sentences.Count ? sentences[i] : null;
        if (from == w.After) return (w.Sentence, At(w.Index + 2) ?? w.NextParagraph);
        if (from == w.Before) return (At(w.Index - 2), w.Sentence);
        return (null, null);
    }

    /// <summary>
    /// "Who attended the opening": the sentence naming those present tells of no one present, or of another event when neither it, the sentence
    /// before it nor the one it is read with names the asked event ("…a reception in Sofia; Minister … and Ambassador … are
    /// expected to attend" is no opening's guest list).
    /// </summary>
    public static bool OfAnotherEvent(Question q, EvidenceWindow w, string from)
    {
        // "Софияда … Абай Құнанбайұлына арналған ескерткіш ашылды": a name in a sentence telling of no one present is no guest.
        if (!Tells(from)) return true;
        var events = DateEvents.Default.Asked(q);
        if (events.Count == 0) return false;
        var (before, _) = Around(w, from);
        return !new[] { from, before, Beside(w, from) }.OfType<string>().Any(t => DomainLexicon.Default.NamesAny(t, events));
    }

    /// <summary>The sentence adds to the one before it ("… also attended").</summary>
    public static bool Adds(string sentence) => ListContinuation.Adds(sentence);

    static bool Tells(string sentence) => DomainLexicon.Default.NamesAny(sentence, Attend);

    /// <summary>The people a sentence names, none of them one the question names.</summary>
    public static IEnumerable<AnswerSpan> Named(Question q, IReadOnlyList<AnswerSpan> named) =>
        named.Where(s => s.Type == AnswerType.Person && !(s.EntityId is { } id && q.Entities.Any(e => e.Entity.Id == id)));
}
