using Bot.Answering.Conditions;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who was the deputy governor when Iotova was in Pavlodar?": the governor himself ("Павлодар облысының әкімі Болат
/// Бақауов") is no answer. A question asking for a deputy is answered only by someone whose own post says deputy ("Deputy
/// Mayor of Burgas", "заместитель министра", "әкімінің орынбасары", "заместник-кметът"); one the text gives a post without
/// it holds the post itself, and when no text names the deputy the bot refuses rather than name the holder.
/// </summary>
public static class DeputyOfPost
{
    // "заместитель министра", "министрінің орынбасары": the deputy word stands beside the post word, before or after it.
    const int DeputyReach = 2;

    /// <summary>The text gives the person a post of their own with no deputy word beside it.</summary>
    /// <param name="people">Every person the text names (the span among them).</param>
    public static bool HoldsThePostItself(string text, AnswerSpan span, IReadOnlyList<(int Start, int End)> people)
    {
        var posts = PostMentions.Of(text);
        if (posts.Count == 0 || PostOfPerson.OwnPost(text, posts, (span.Start, span.End), people) is not { } own) return false;
        var tokens = TokenList.Of(text);
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End <= own.Start) continue;
            if (tokens[i].Start >= own.End) break;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return false;
        for (var i = Math.Max(0, first - DeputyReach); i <= Math.Min(tokens.Count - 1, last + DeputyReach); i++)
            if (tokens[i].Start < span.Start || tokens[i].Start >= span.End)
                if (DomainLexicon.Default.ConceptsOfWord(tokens[i].Folded).Contains("deputy")) return false;
        return true;
    }
}
