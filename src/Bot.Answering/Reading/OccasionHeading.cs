using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// A report, a programme or a press kit heads its text with the occasion it is of ("Бизнес форум България – Казахстан,
/// Астана, 9 юни 2025 г.", "Astana Business Forum 2025 — Programme", "Казахстанско-болгарский бизнес-форум, Астана"): its
/// lines below (the meetings held, the deals, the joint projects) are of that event, and so of its place, though none
/// repeats it. The heading is read as the document's headline when the question asks of an event of its kind; it places
/// the lines under it only in the places it names itself, and not at all when it names another place too.
/// </summary>
public static class OccasionHeading
{
    /// <summary>The lines that head a document: a letterhead, the kind of document ("ДОКЛАД"), the occasion, the lead after them.</summary>
    public const int HeadingParagraphs = 5;

    // A heading is a line, not a paragraph of running text.
    const int MaxHeadingChars = 200;

    /// <summary>The kinds of event the question asks of (a forum, a session, a conference), empty when it names none.</summary>
    public static HashSet<string> Asked(Question q) => Conditions.EventKind.KindsIn(q.Text);

    /// <summary>
    /// The first of a document's opening lines naming an event of an asked kind, or null. A dated item of a chronology or a
    /// list ("12.03.2019 – Көлік жөніндегі жұмыс тобының отырысы.") tells one event among others, and heads nothing.
    /// </summary>
    public static string? Line(IReadOnlyList<string> opening, IReadOnlySet<string> kinds) =>
        opening.FirstOrDefault(line => line.Length <= MaxHeadingChars && line.Length > 0 && !char.IsDigit(line[0]) && !ListContinuation.IsItem(line)
            && Conditions.EventKind.KindsIn(line).Overlaps(kinds));

    /// <summary>The window's document is headed by the asked event in <paramref name="place"/>, and in no other place.</summary>
    public static bool Places(Question q, QueryUnit place, EvidenceWindow w, EntityIndex entities) =>
        w.Occasion is { } line && Tokenizer.Words(line).Any(word => AliasKeys.ForText(word).Overlaps(place.Keys))
        && !entities.FindIn(line).Any(m => m.Entity.Type is "city" or "region" or "place" && !q.Entities.Any(e => e.Entity.Id == m.Entity.Id));
}
