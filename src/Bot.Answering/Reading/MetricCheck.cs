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
        var clause = ClauseBounds.Start(sentence, amount.Start);
        // A table's item column ("… — 2024 — Medicines (BG→KZ): 31.5; …; Total turnover: 375.2") is measured by the cue
        // before it (the caption's), never by the next column's.
        var item = Bot.Knowledge.Extraction.Figures.ItemColumn.Of(sentence, amount.End);
        var mention = (item is { } cell ? mentions.LastOrDefault(m => m.Index < cell.Start) : null)
            ?? mentions.LastOrDefault(m => m.Index < amount.Start && m.Index >= clause)
            ?? mentions.FirstOrDefault(m => m.Index > amount.Start) ?? mentions.Last(m => m.Index < amount.Start);
        if (mention.Family != family) return item is { } of && ItemOfAskedFamily(asked, family, of.Header, mention);
        if (asked.Direction is null) return true;
        if (item is { } stated && Bot.Knowledge.Extraction.Figures.ItemColumn.Direction(stated.Header) is { } statedWay) return statedWay == asked.Direction;
        var direction = DirectionReader.Read(sentence, mention, clause, ClauseBounds.End(sentence, amount.End), catalog.Countries);
        return direction is null || direction == asked.Direction;
    }

    /// <summary>
    /// "Trade in selected goods — 2024 — Medicines (BG→KZ) (USD million): 31.5": a table's item column whose header states
    /// the item's way answers a question on that flow (imports of medicines from Bulgaria), though the cue before it is the
    /// caption's trade; an item with no way stated, or the other way, does not.
    /// </summary>
    static bool ItemOfAskedFamily(MetricDefinition asked, MetricFamily family, string header, MetricMention mention) =>
        asked.Direction is { } way && mention.Family.Parts == family.Name
        && Bot.Knowledge.Extraction.Figures.ItemColumn.Direction(header) == way;

    /// <summary>
    /// A count of a directional series ("companies with Kazakh capital in Bulgaria") is stated the other way round: the
    /// counted noun nearest the number is of the asked family and its country words read the other direction ("60
    /// companies with Bulgarian participation" in Kazakhstan). A count naming no direction may still answer.
    /// </summary>
    public bool CountsTheOtherWay(MetricDefinition? asked, string sentence, AnswerSpan count)
    {
        if (asked?.Direction is null || catalog.FamilyOf(asked.Key) is not { Kind: FigureKind.Count } family) return false;
        // The family's own cues: "компаний" may read first as participants of an event, whose count has no direction.
        var hits = family.Cues.Find(sentence);
        if (hits.Count == 0) return false;
        var hit = hits.FirstOrDefault(h => h.Index >= count.Start);
        if (hit.Length == 0) hit = hits[^1];
        var mention = new MetricMention(hit.Index, hit.Length, family, hit.Value);
        var direction = DirectionReader.Read(sentence, mention, ClauseBounds.Start(sentence, count.Start), sentence.Length, catalog.Countries);
        return direction is not null && direction != asked.Direction;
    }
}
