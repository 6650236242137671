using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// The words that state a figure as a target, plan, expectation or forecast (vocabulary outlook.json): "aim to bring trade
/// to $1 billion by 2030" says what trade is meant to come to, not what it came to. Read only in the clause of an amount.
/// </summary>
public sealed class OutlookWords
{
    public static OutlookWords Default { get; } = new(VocabularyFile.Load<OutlookFile>("outlook.json"));

    readonly CueMatcher<bool> _cues;
    readonly CueMatcher<bool> _names;

    OutlookWords(OutlookFile file)
    {
        _cues = new CueMatcher<bool>(file.Cues.Select(c => (c, true)));
        _names = new CueMatcher<bool>((file.Names ?? []).Select(c => (c, true)));
    }

    /// <summary>
    /// Whether text[from..to] holds a word of an outlook ("planned", "очаква се", "күтілуде") outside the name of a body
    /// ("Стратегиялық жоспарлау және реформалар агенттігі … мәліметінше, … тауар айналымы 131,4 млн долларды құрады").
    /// </summary>
    public bool In(string text, int from = 0, int to = -1)
    {
        var hits = _cues.Find(text, from, to);
        if (hits.Count == 0) return false;
        var names = _names.Find(text, from, to);
        return hits.Exists(h => !names.Exists(n => n.Index <= h.Index && h.End <= n.End));
    }

    /// <summary>
    /// Whether the amount at text[start..end] is stated as an outlook: a word of one in its stretch before it (from the
    /// amount before it, or the last semicolon), or after it up to the next amount or clause mark ("$1 billion by 2030").
    /// </summary>
    public bool States(string text, int start, int end, int previousEnd = 0, int nextStart = -1)
    {
        var from = Math.Max(previousEnd, text.LastIndexOf(';', Math.Max(0, start - 1)) + 1);
        if (from < start && In(text, from, start)) return true;
        var to = nextStart < 0 ? text.Length : nextStart;
        var mark = text.AsSpan(end, Math.Max(0, to - end)).IndexOfAny(ClauseMarks);
        if (mark >= 0) to = end + mark;
        return to > end && In(text, end, to);
    }

    static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:—–()");

    sealed record OutlookFile(List<string> Cues, List<string>? Names);
}
