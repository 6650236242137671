using System.Runtime.CompilerServices;
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
        return WordsOf(tokens, own) is not var (first, last) || DeputyNear(tokens, first, last, span) ? null : own;
    }

    /// <summary>
    /// The question asks for a deputy ("deputy mayor", "заместитель министра", "әкімінің орынбасары"): its asked post, the
    /// first one it names, says deputy. A deputy further on is someone else it names ("the governor who hosted the
    /// Bulgarian vice-president" asks for the governor); a question naming no post asks for one when it says deputy
    /// anywhere ("who was his deputy").
    /// </summary>
    public static bool Asks(Question q) => Asked.GetValue(q, static q => new StrongBox<bool>(ReadAsks(q))).Value;

    // Asked for every window and span of one question: read once.
    static readonly ConditionalWeakTable<Question, StrongBox<bool>> Asked = new();

    static bool ReadAsks(Question q)
    {
        var tokens = TokenList.Of(q.Text);
        if (PostMentions.Of(q.Text).MinBy(p => p.Start) is not { } asked)
            return Enumerable.Range(0, tokens.Count).Any(i => IsDeputy(tokens, i));
        return asked.Concepts.Contains("deputy") || WordsOf(tokens, asked) is var (first, last) && DeputyNear(tokens, first, last, (0, 0));
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
            if (heads.Contains(tokens[i].Start) && DeputyNear(tokens, i, i, (tokens[i].Start, tokens[i].End))) return true;
        return false;
    }

    /// <summary>A deputy word stands beside the post the text names ("Заместник-председател", "министрінің орынбасары"): the text names the deputy, not the holder.</summary>
    public static bool Deputies(string text, PostMentions.Post post)
    {
        var tokens = TokenList.Of(text);
        return WordsOf(tokens, post) is var (first, last) && DeputyNear(tokens, first, last, (0, 0));
    }

    /// <summary>The first and last word of a post.</summary>
    static (int First, int Last)? WordsOf(TokenList tokens, PostMentions.Post post)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count && tokens[i].Start < post.End; i++)
        {
            if (tokens[i].End <= post.Start) continue;
            if (first < 0) first = i;
            last = i;
        }
        return first < 0 ? null : (first, last);
    }

    /// <summary>A deputy word within reach of words first..last, outside the stretch <paramref name="except"/> (the name itself).</summary>
    static bool DeputyNear(TokenList tokens, int first, int last, (int Start, int End) except)
    {
        for (var i = Math.Max(0, first - DeputyReach); i <= Math.Min(tokens.Count - 1, last + DeputyReach); i++)
            if ((tokens[i].Start < except.Start || tokens[i].Start >= except.End) && IsDeputy(tokens, i)) return true;
        return false;
    }

    static bool IsDeputy(TokenList tokens, int i) => DomainLexicon.Default.ConceptsOfWord(tokens[i].Folded).Contains("deputy");
}
