using Bot.Knowledge.Metrics;

namespace Bot.Answering.Understanding;

/// <summary>
/// The metrics a question names, through the metric catalogue: its main one (the longest question cue, its direction
/// from the countries named), then every other kind of figure it mentions, each with the direction read around it
/// ("Kazakh exports and imports" → exports to Bulgaria, imports from it).
/// </summary>
public static class QuestionMetrics
{
    /// <param name="question">The question's text.</param>
    /// <param name="actor">The one country ("KZ", "BG") the question names as doing what it asks, or null.</param>
    /// <param name="main">The question's main metric (<see cref="MetricCatalog.FindInQuestion"/> of the same text and actor), read once by the analyser.</param>
    public static List<string> Find(string question, string? actor, string? main)
    {
        var catalog = MetricCatalog.Default;
        var found = new List<string>();
        if (main is not null) found.Add(main);
        // Clause breaks and country words are found once: a question repeating a cue thousands of times must not
        // rescan itself for each one.
        var breaks = ClauseBreaks(question);
        var countries = catalog.Countries.Find(question, 0, question.Length);
        foreach (var mention in catalog.FindInText(question))
        {
            var direction = !mention.Family.IsDirectional ? null
                : actor is not null && countries.Count == 0 ? catalog.DirectionOfActor(mention, actor)
                : DirectionReader.Read(question, mention, ClauseStart(breaks, mention.Index), ClauseEnd(breaks, mention.End, question.Length), countries, catalog.Countries);
            if (mention.Family.MetricFor(direction) is { } key && !found.Contains(catalog.Canonical(key))) found.Add(catalog.Canonical(key));
        }
        return found;
    }

    static List<int> ClauseBreaks(string s)
    {
        var breaks = new List<int>();
        for (var i = s.IndexOfAny(Breaks); i >= 0; i = s.IndexOfAny(Breaks, i + 1)) breaks.Add(i);
        return breaks;
    }

    static readonly char[] Breaks = [',', ';', '?'];

    /// <summary>Just after the last break before <paramref name="index"/> (a break at index - 1 counts), else 0.</summary>
    static int ClauseStart(List<int> breaks, int index)
    {
        var at = breaks.BinarySearch(Math.Max(0, index - 1));
        var last = at >= 0 ? at : ~at - 1;
        return last >= 0 ? breaks[last] + 1 : 0;
    }

    /// <summary>The first break at or after <paramref name="index"/>, else the end.</summary>
    static int ClauseEnd(List<int> breaks, int index, int length)
    {
        var at = breaks.BinarySearch(index);
        var next = at >= 0 ? at : ~at;
        return next < breaks.Count ? breaks[next] : length;
    }
}
