using Bot.Answering.Conditions;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

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
    public static bool HoldsThePostItself(string text, AnswerSpan span, IReadOnlyList<(int Start, int End)> people) =>
        OwnPostWithoutDeputy(text, PostMentions.Of(text), (span.Start, span.End), people) is not null;

    /// <summary>
    /// "Who was the deputy governor": the sentence names the governor himself ("Павлодар облысының әкімі Болат Бақауов"), so
    /// a refusal does not show it as what the sources say of the deputy.
    /// </summary>
    public static bool NamesTheHolder(Question q, string sentence)
    {
        var asked = PostMentions.Of(q.Text).SelectMany(p => p.Concepts).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0) return false;
        var posts = PostMentions.Of(sentence);
        if (!posts.Any(p => p.Concepts.Overlaps(asked))) return false;
        var people = PersonFinder.Find(TokenList.Of(sentence), LanguageGuess.Of(sentence), [], new HashSet<string>(StringComparer.Ordinal))
            .Select(n => (n.Start, End: n.Start + n.Length)).ToList();
        return people.Any(p => OwnPostWithoutDeputy(sentence, posts, p, people) is { } own && own.Concepts.Overlaps(asked));
    }

    static PostMentions.Post? OwnPostWithoutDeputy(string text, List<PostMentions.Post> posts, (int Start, int End) span, IReadOnlyList<(int Start, int End)> people)
    {
        if (posts.Count == 0 || PostOfPerson.OwnPost(text, posts, span, people) is not { } own) return null;
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
        if (first < 0) return null;
        for (var i = Math.Max(0, first - DeputyReach); i <= Math.Min(tokens.Count - 1, last + DeputyReach); i++)
            if (tokens[i].Start < span.Start || tokens[i].Start >= span.End)
                if (DomainLexicon.Default.ConceptsOfWord(tokens[i].Folded).Contains("deputy")) return null;
        return own;
    }

    /// <summary>
    /// A sentence quoted for a question about a deputy must name one: a deputy word beside a word of the asked post
    /// ("әкімінің орынбасары"), not only the post ("Павлодар облысының әкімі …") or another deputy ("вице-президенті").
    /// </summary>
    /// <param name="heads">Where the words of the question's post stand in the sentence.</param>
    public static bool NamedBeside(string sentence, IReadOnlyList<int> heads)
    {
        var tokens = TokenList.Of(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!heads.Contains(tokens[i].Start)) continue;
            for (var j = Math.Max(0, i - DeputyReach); j <= Math.Min(tokens.Count - 1, i + DeputyReach); j++)
                if (j != i && DomainLexicon.Default.ConceptsOfWord(tokens[j].Folded).Contains("deputy")) return true;
        }
        return false;
    }
}
