using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// The title of a text that states none: its first line, passing over a line that only places and dates it
/// ("Благоевград, 16 юни 2016 г.") when a headline follows; when the text opens straight into its lead paragraph, the
/// lead's first sentence without its dateline ("АСТАНА, 21 октября. /Казинформ/ – В Астане прошли консультации…"). A
/// whole paragraph as a title would stand beside every passage of the text as its headline.
/// </summary>
public static class TextTitle
{
    const int MaxHeadlineChars = 200, MaxDatelinePrefix = 100, LinesLooked = 3;

    static readonly string[] Dashes = [" – ", " — ", " - "];

    public static string Of(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs.Take(LinesLooked).SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return paragraphs[0];
        var first = lines[0];
        if (lines.Count > 1 && IsPlaceAndDate(first) && lines[1].Length <= MaxHeadlineChars) return lines[1];
        // A lead paragraph wrapped at the page's width runs on into its next line mid-sentence.
        var opening = paragraphs[0].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (opening.Count > 1 && opening[0] == first && char.IsLower(opening[1][0])) first = string.Join(' ', opening);
        return first.Length <= MaxHeadlineChars ? first : LeadSentence(first);
    }

    /// <summary>"Благоевград, 16 юни 2016 г.", "Astana, 9 June 2025": a date and a place at most.</summary>
    static bool IsPlaceAndDate(string line) =>
        line.Length <= MaxDatelinePrefix && DateFinder.First(line, null) is not null && PageFurniture.IsDateOnly(line.Split(',')[^1]) && line.Count(c => c == ',') <= 1
        && !line.TrimEnd().EndsWith(':');

    /// <summary>The lead's first sentence, after the dateline and agency that open it.</summary>
    static string LeadSentence(string lead)
    {
        var text = lead;
        foreach (var dash in Dashes)
        {
            var at = lead.IndexOf(dash, StringComparison.Ordinal);
            if (at <= 0 || at > MaxDatelinePrefix) continue;
            var prefix = lead[..at];
            // "АСТАНА, 21 октября. /Казинформ/", "SOFIA, June 4 (BTA)": a place in capitals or a date, then the agency.
            if (DateFinder.Find(prefix, null).Count > 0 || prefix.Split(' ', ',', '.')[0] is { Length: >= 3 } place && place.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                text = lead[(at + dash.Length)..];
                break;
            }
        }
        var sentence = SentenceSplitter.Split(text).FirstOrDefault() ?? text;
        if (sentence.Length <= MaxHeadlineChars) return sentence;
        var cut = sentence.LastIndexOf(' ', MaxHeadlineChars);
        return sentence[..(cut > 0 ? cut : MaxHeadlineChars)] + "…";
    }
}
