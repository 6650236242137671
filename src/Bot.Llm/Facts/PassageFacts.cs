using System.Globalization;
using Bot.Answering.Passages;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Llm.Facts;

/// <summary>
/// Passages as facts: first those holding the evidence the offline reader answers with (or, refusing, the nearest it
/// found), then the offline ranking's best above its relevance floor. What is too weak to quote offline is not handed
/// to the model either; what the offline answer stands on always is.
/// </summary>
public sealed class PassageFacts(EvidenceReader reader, SentenceRanker ranker)
{
    const int MaxChars = 1500;

    public IReadOnlyList<Fact> For(Question q, EntityIndex entities, int max)
    {
        var reading = reader.Read(q, entities);
        var evidence = reading.Answers.Select(a => a.Window.Window.Passage).Concat(reading.Related.Select(w => w.Window.Passage));
        var minUnits = PassageAnswerer.MinUnits(q.Units.Count);
        var ranked = ranker.Rank(q, entities)
            .Where(s => s.Coverage >= PassageAnswerer.CoverageFloor && s.MatchedUnits >= minUnits)
            .Select(s => s.Passage);
        // Up to max of each: the reader's evidence does not crowd out what the ranking alone would have given the model.
        return evidence.DistinctBy(p => p.Id).Take(max).Concat(ranked.Take(max)).DistinctBy(p => p.Id).Select(Describe).ToList();
    }

    /// <summary>"November last year = 2024-11": what the passage's relative dates mean, counted from its document's date.</summary>
    static List<string> RelativeDates(string text, PartialDate? published) =>
        published is null ? [] : DateFinder.Find(text, published).Where(d => d.Relative)
            .Select(d => $"{text.Substring(d.Index, d.Length)} = {d.Start}{(d.End is { } e ? ".." + e : "")}").Distinct().ToList();

    public static Fact Describe(Passage p)
    {
        var text = p.Text.Length <= MaxChars ? p.Text : p.Text[..MaxChars] + "…";
        var fields = new List<FactField> { FactField.Of("text", FactText.Clean(text)), FactField.Of("source", p.Source.Title) };
        if (p.Source.Published is { } published) fields.Add(FactField.Of("published", published));
        if (RelativeDates(text, PartialDate.Parse(p.Source.Published)) is { Count: > 0 } dates) fields.Add(FactField.List("relative_dates", dates));
        return new Fact(FactKinds.Passage + p.Id.ToString(CultureInfo.InvariantCulture), "passage", fields, [p.Source]);
    }
}
