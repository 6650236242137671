using Bot.Knowledge.Metrics;

namespace Bot.Answering.Conversation;

/// <summary>Where a text names Kazakhstan, Bulgaria or another country, by name or adjective ("Bulgarian", "казахстанской", "болгар").</summary>
public static class CountryWords
{
    public static List<(int Start, int End)> Spans(string text)
    {
        var spans = Reading.CountryPlace.CountriesIn(text).Select(s => (s.Start, s.End)).ToList();
        spans.AddRange(MetricCatalog.Default.Countries.Find(text, 0, text.Length).Select(m => (m.Index, m.Index + m.Length)));
        return spans;
    }

    /// <summary>Whether a word or phrase is all country words.</summary>
    public static bool Names(string label)
    {
        var spans = Spans(label);
        if (spans.Count == 0) return false;
        var position = 0;
        while (Bot.Knowledge.Text.Tokenizer.Next(label, ref position, out var start, out var length))
            if (!spans.Any(c => start >= c.Start && start + length <= c.End)) return false;
        return true;
    }
}
