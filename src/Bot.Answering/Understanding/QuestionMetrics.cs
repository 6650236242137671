using Bot.Knowledge.Metrics;

namespace Bot.Answering.Understanding;

/// <summary>
/// The metrics a question names, through the metric catalogue: its main one (the longest question cue, its direction
/// from the countries named), then every other kind of figure it mentions, each with the direction read around it
/// ("Kazakh exports and imports" → exports to Bulgaria, imports from it).
/// </summary>
public static class QuestionMetrics
{
    public static List<string> Find(string question)
    {
        var catalog = MetricCatalog.Default;
        var found = new List<string>();
        if (catalog.FindInQuestion(question)?.Key is { } main) found.Add(main);
        foreach (var mention in catalog.FindInText(question))
        {
            var direction = mention.Family.IsDirectional
                ? DirectionReader.Read(question, mention, ClauseStart(question, mention.Index), ClauseEnd(question, mention.End), catalog.Countries)
                : null;
            if (mention.Family.MetricFor(direction) is { } key && !found.Contains(catalog.Canonical(key))) found.Add(catalog.Canonical(key));
        }
        return found;
    }

    static int ClauseStart(string s, int index) => s.LastIndexOfAny([',', ';', '?'], Math.Max(0, index - 1)) + 1;

    static int ClauseEnd(string s, int index) => s.IndexOfAny([',', ';', '?'], index) is var end and >= 0 ? end : s.Length;
}
