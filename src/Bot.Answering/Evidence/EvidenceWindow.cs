using Bot.Knowledge.Model;

namespace Bot.Answering.Evidence;

/// <summary>
/// A sentence as a reader meets it: with the sentence before and after it (across a paragraph break), its paragraph,
/// and its document's title and date. A name or a year stated one sentence away, or only in the headline, still counts.
/// </summary>
public sealed record EvidenceWindow(Passage Passage, int Index, string Sentence, string? Before, string? After)
{
    public string Title => Passage.Source.Title;

    public SourceRef Source => Passage.Source;

    /// <summary>The paragraph after the sentence's own, when the sentence ends its paragraph: what a closing "…:" introduces.</summary>
    public string? NextParagraph { get; init; }

    /// <summary>The sentence that introduces the list this sentence is an item of ("Bulgarians in Kazakhstan by census:"), if any.</summary>
    public string? ListIntro { get; init; }

    /// <summary>
    /// The year a day the sentence states without one is of: the year its paragraph stated last ("In 2019 … On 14 March …"),
    /// else that of the heading its section stands under ("## 2021" above "- 7 December: …"); read only when asked of a period or date.
    /// </summary>
    public int? DayYear { get; init; }

    /// <summary>
    /// The question the sentence answers, when it opens an answer turn: an FAQ's heading ("Кой е почетен консул във Варна?"
    /// over "Стефан Маринов, от 2019 г.") or an interviewer's question. What the answer leaves out, the question says.
    /// </summary>
    public string? Asked { get; init; }

    /// <summary>
    /// The heading a block of short lines stands under when it dates them ("Q1 2025 at a glance" above "Kazakh exports growing:
    /// …" and "Bulgarian supplies: …"), else null: what a slide's or a fact box's line tells is of that period.
    /// </summary>
    public string? Heading { get; init; }

    /// <summary>The paragraph before the sentence's own: the thing a paragraph goes on about is often named only there.</summary>
    public string? PreviousParagraph { get; init; }

    /// <summary>
    /// Its document's lead paragraph ("ПАВЛОДАР. ҚазАқпарат – … Болгария Республикасының вице-президенті Илияна Йотованы
    /// қабылдады"): a sentence further down calls the one it names by the post it gave them ("кеше вице-президент …").
    /// </summary>
    public string? Lead { get; init; }

    /// <summary>
    /// The line heading its document with an event of the kind the question asks of ("Бизнес форум България – Казахстан,
    /// Астана, 9 юни 2025 г."), read only for such a question: the lines under it tell of that event (<see cref="Reading.OccasionHeading"/>).
    /// </summary>
    public string? Occasion { get; init; }

    /// <summary>What its paragraph says before the sentence (the time and subject a sentence inherits), else the sentence before it.</summary>
    public string? Preceding
    {
        get
        {
            var at = Passage.Text.IndexOf(Sentence, StringComparison.Ordinal);
            return at > 0 ? Passage.Text[..at] : Before;
        }
    }

    /// <summary>The document's publication date, the anchor of its relative dates ("yesterday", "last year").</summary>
    public PartialDate? Published => PartialDate.Parse(Passage.Source.Published);
}
