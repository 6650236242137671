using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// A document read for extraction: its units with what each names, its date and language, the place its dateline
/// names ("ASTANA —"), and the date of the event its lead reports ("yesterday" in a news item).
/// </summary>
public sealed record DocumentFacts(
    IReadOnlyList<SentenceFacts> Units, PartialDate? Published, string Lang, EventPlace? Dateline, PartialDate? LeadDate)
{
    /// <summary>
    /// The city the lead's news happened in ("Today in the Akorda palace in Astana the Head of State held talks …"):
    /// where a document without a dateline places what it reports without a place of its own (a signing "after the talks").
    /// </summary>
    public EventPlace? LeadPlace { get; init; }

    /// <summary>The publication month, for a news lead that dates nothing (see <see cref="ContextDate"/>).</summary>
    public PartialDate? NewsMonth { get; init; }

    /// <summary>The latest date stated before unit <paramref name="index"/> in the same paragraph, else the lead's date, else the news month.</summary>
    public PartialDate? ContextDate(int index) => Before(index)?.Start ?? LeadDate ?? NewsMonth;

    /// <summary>
    /// The date the text before unit <paramref name="index"/> states, as a whole: "from 7 to 10 November 2015" is
    /// November 2015, not its first day; else the lead's date. Never the publication date.
    /// </summary>
    public PartialDate? StatedDate(int index) => Before(index) is { } d ? Whole(d) : LeadDate;

    DateMention? Before(int index)
    {
        var paragraph = Units[index].Unit.Paragraph;
        for (var i = index - 1; i >= 0 && Units[i].Unit.Paragraph == paragraph; i--)
            if (Units[i].Dates.Count > 0) return Units[i].Dates[^1];
        return null;
    }

    static PartialDate Whole(DateMention d) => d.End is not { } end ? d.Start
        : d.Start.Year != end.Year ? new PartialDate(d.Start.Year)
        : d.Start.Month != end.Month ? new PartialDate(d.Start.Year)
        : new PartialDate(d.Start.Year, d.Start.Month);
}
