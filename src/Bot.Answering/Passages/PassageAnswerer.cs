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
    public const double CoverageFloor = 0.5;
    public const int MaxSentences = 2;

    public Answer Answer(Question q, EntityIndex entities)
    {
        var ranked = ranker.Rank(q, entities);
        var minUnits = Math.Min(2, q.Units.Count);
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
        return new Answer(text.ToString().TrimEnd(), q.Lang, Composing.Answer.Offline, book.Citations, AnswerKind.Passage, q);
    }

    static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
