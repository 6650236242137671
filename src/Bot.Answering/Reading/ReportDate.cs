using Bot.Answering.Evidence;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Events;

namespace Bot.Answering.Reading;

/// <summary>
/// The lead of a news item tells what happened without a date ("Political consultations were held in Astana."): it
/// happened on the day the item is dated, as a reader takes it. Only the lead, only a day-dated item, and never a plan or a proposal.
/// </summary>
public static class ReportDate
{
    // Surer than nothing, less sure than a date the text states anywhere else.
    const double Confidence = 0.6;

    public static AnswerSpan? Of(EvidenceWindow w, AnswerType type)
    {
        if (w.Index != 0 || w.Published is not { Day: not null } published || IsTitle(w.Passage.Text, w) || !IsLead(w)) return null;
        // A proposal is no more an event of the day than a plan: "Tokayev proposed to set up a working group" held no meeting of it.
        if (EventWords.Planned.IsMatch(w.Sentence) || ProposalCheck.Default.Proposes(w.Sentence)) return null;
        return new AnswerSpan(type, "", 0, 0) { Date = published, Anchor = published, ReportDate = true, Confidence = Confidence };
    }

    /// <summary>The first sentence of the item's first paragraph, after its headline and its dateline if it has them.</summary>
    static bool IsLead(EvidenceWindow w) =>
        w.PreviousParagraph is not { } before || IsTitle(before, w) || before.Length <= DatelineText.MaxChars && (DatelineText.Is(before, w.Published) || IsDateLine(before, w.Published));

    // "21 октября 2023, 17:20", "09.06.2025 | 3 418 views": the line under a headline that dates the item, and little else.
    const int DateLineChars = 60;

    static bool IsDateLine(string line, Bot.Knowledge.Model.PartialDate? published) =>
        line.Length <= DateLineChars && Bot.Knowledge.Extraction.DateFinder.Find(line, null) is { Count: > 0 } dates && dates.All(d => d.Start == published);

    static bool IsTitle(string paragraph, EvidenceWindow w) => string.Equals(paragraph.Trim(), w.Title.Trim(), StringComparison.Ordinal);
}
