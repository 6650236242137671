using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// A document read for extraction: its units with what each names, its date and language, the place its dateline
/// names ("ASTANA —"), and the date of the event its lead reports ("yesterday" in a news item).
/// </summary>
public sealed record DocumentFacts(
    IReadOnlyList<SentenceFacts> Units, PartialDate? Published, string Lang, EventPlace? Dateline, PartialDate? LeadDate)
{
    /// <summary>The latest date stated before unit <paramref name="index"/> in the same paragraph, else the lead's date.</summary>
    public PartialDate? ContextDate(int index)
    {
        var paragraph = Units[index].Unit.Paragraph;
        for (var i = index - 1; i >= 0 && Units[i].Unit.Paragraph == paragraph; i--)
            if (Units[i].Dates.Count > 0) return Units[i].Dates[^1].Start;
        return LeadDate;
    }
}
