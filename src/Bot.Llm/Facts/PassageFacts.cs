using System.Globalization;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Llm.Facts;

/// <summary>
/// Passages as facts, chosen by the offline answerer's own ranking and relevance floor: what is too weak to quote
/// offline is not handed to the model either.
/// </summary>
public sealed class PassageFacts(SentenceRanker ranker)
{
    const int MaxChars = 1500;

    public IReadOnlyList<Fact> For(Question q, EntityIndex entities, int max)
    {
        var minUnits = q.Units.Count <= 2 ? q.Units.Count : Math.Max(2, (q.Units.Count + 1) / 2);
        return ranker.Rank(q, entities)
            .Where(s => s.Coverage >= PassageAnswerer.CoverageFloor && s.MatchedUnits >= minUnits)
            .Select(s => s.Passage).DistinctBy(p => p.Id).Take(max).Select(Describe).ToList();
    }

    public static Fact Describe(Passage p)
    {
        var text = p.Text.Length <= MaxChars ? p.Text : p.Text[..MaxChars] + "…";
        var fields = new List<FactField> { FactField.Of("text", FactText.Clean(text)), FactField.Of("source", p.Source.Title) };
        if (p.Source.Published is { } published) fields.Add(FactField.Of("published", published));
        return new Fact(FactKinds.Passage + p.Id.ToString(CultureInfo.InvariantCulture), "passage", fields, [p.Source]);
    }
}
