using Bot.Answering.Spans;
using Bot.Knowledge.Metrics;

namespace Bot.Answering.Reading;

/// <summary>
/// An amount answers "how much was exported" only when the sentence ties it to that kind of figure going that way: the
/// metric cue nearest the amount (before it in its clause, else after it) must be of the family the question asks for,
/// and its direction, read from the country words around it (<see cref="DirectionReader"/>), the one asked.
/// "Trade exceeded $83 million" does not answer a question on exports; "$7.8 million of Bulgarian investment into
/// Kazakhstan" does not answer one on Kazakh investment in Bulgaria. A sentence naming no kind of figure may.
/// </summary>
public sealed class MetricCheck(MetricCatalog catalog)
{
    public bool Holds(MetricDefinition? asked, string sentence, AnswerSpan amount)
    {
        if (asked is null || catalog.FamilyOf(asked.Key) is not { } family) return true;
        var mentions = catalog.FindInText(sentence);
        if (mentions.Count == 0) return true;
        var clause = ClauseStart(sentence, amount.Start);
        var mention = mentions.LastOrDefault(m => m.Index < amount.Start && m.Index >= clause)
            ?? mentions.FirstOrDefault(m => m.Index > amount.Start) ?? mentions.Last(m => m.Index < amount.Start);
        if (mention.Family != family) return false;
        if (asked.Direction is null) return true;
        var direction = DirectionReader.Read(sentence, mention, clause, ClauseEnd(sentence, amount.End), catalog.Countries);
        return direction is null || direction == asked.Direction;
    }

    // A clause ends at a comma, semicolon or dash: "экспорт … 284,8 млн, импорт из Болгарии — 65 млн".
    static int ClauseStart(string s, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (s[i] is ',' or ';' or '—' or '–' or ':') return i;
        return 0;
    }

    static int ClauseEnd(string s, int index)
    {
        for (var i = index; i < s.Length; i++)
            if (s[i] is ',' or ';' or '—' or '–' or ':') return i;
        return s.Length;
    }
}
