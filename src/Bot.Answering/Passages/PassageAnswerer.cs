using System.Text;
using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Passages;

/// <summary>
/// The extractive fallback: quotes the sentences that best cover the question, with their sources. Below the
/// relevance floor it answers "not found" rather than quoting something merely related.
/// </summary>
public sealed class PassageAnswerer(SentenceRanker ranker)
{
    public const double CoverageFloor = 0.4;
    public const int MaxSentences = 2;

    /// <summary>Enough of the question must be in the sentence: both words of a two-word question, half of a longer one.</summary>
    public static int MinUnits(int unitCount) => unitCount <= 2 ? unitCount : Math.Max(2, (unitCount + 1) / 2);

    public Answer Answer(Question q, EntityIndex entities)
    {
        var ranked = ranker.Rank(q, entities);
        var minUnits = MinUnits(q.Units.Count);
        var accepted = ranked.Where(s => s.Coverage >= CoverageFloor && s.MatchedUnits >= minUnits).ToList();
        if (accepted.Count == 0) return AnswerFactory.NotFound(q);
        var best = accepted[0];
        var chosen = new List<ScoredSentence> { best };
        foreach (var s in accepted.Skip(1))
        {
            if (chosen.Count >= MaxSentences) break;
            if (s.Score >= best.Score * 0.95 && chosen.All(c => !Same(c.Text, s.Text))) chosen.Add(s);
        }
        var book = new CitationBook();
        var text = new StringBuilder(Texts.Get(q.Lang, "from_sources")).Append('\n');
        foreach (var s in chosen)
        {
            text.Append('«').Append(s.Text.Trim()).Append("» ").Append(book.Mark(s.Passage.Source));
            if (q.Has("when") && s.Passage.Source.Published is { } published)
                text.Append(" (").Append(Texts.Get(q.Lang, "published", Formats.Date(published, q.Lang))).Append(')');
            text.Append('\n');
        }
        if (PeopleNamed(chosen, q, entities) is { Length: > 0 } people) text.Append(Texts.Get(q.Lang, "people_named", people));
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q);
    }

    /// <summary>
    /// The people in the quoted sentences under their usual names: asked "who", or quoted under a variant spelling
    /// (the seed article calls Radev "Radaev"), the reader gets the name other sources use.
    /// </summary>
    static string PeopleNamed(List<ScoredSentence> chosen, Question q, EntityIndex entities)
    {
        var people = chosen.SelectMany(s => entities.FindIn(s.Text)).Where(m => m.Entity.Type == "person")
            .Where(m => q.Has("who") || !m.Alias.Contains(m.Entity.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Entity).DistinctBy(e => e.Id)
            .Select(e => e.Role is null ? e.Name : $"{e.Name} ({e.Role})");
        return string.Join("; ", people);
    }

    static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
