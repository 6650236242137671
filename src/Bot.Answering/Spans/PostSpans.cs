using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// The post a text gives a person the question names: the words before the name in its clause, from the first word of a
/// post on ("Председателят на Сената на Парламента на Казахстан Касим-Жомарт Токаев"), else the apposition after it
/// ("Tokayev, then Chairman of the Senate, …"). Only words that name a post make one: "Yesterday Tokayev" gives none.
/// </summary>
public static class PostSpans
{
    public static List<AnswerSpan> Find(string text, Question q)
    {
        var people = q.Units.Where(u => u.IsPerson).ToList();
        var found = new List<AnswerSpan>();
        if (people.Count == 0) return found;
        var tokens = new List<(int Start, int Length)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length)) tokens.Add((start, length));
        bool Names(int i) => people.Any(p => p.Keys.Overlaps(AliasKeys.ForText(text.Substring(tokens[i].Start, tokens[i].Length))));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Names(i) || i > 0 && Names(i - 1)) continue;
            if ((Before(text, tokens, i) ?? After(text, tokens, i, Names)) is { } span && !found.Any(f => f.Start == span.Start)) found.Add(span);
        }
        return found;
    }

    /// <summary>From the first post word of the name's clause up to the name.</summary>
    static AnswerSpan? Before(string text, List<(int Start, int Length)> tokens, int name)
    {
        var clause = Clauses.StartOf(text, tokens[name].Start);
        var first = -1;
        for (var i = name - 1; i >= 0 && tokens[i].Start >= clause; i--)
            if (IsPost(text, tokens[i])) first = i;
        if (first < 0) return null;
        var end = tokens[name - 1].Start + tokens[name - 1].Length;
        return new AnswerSpan(AnswerType.Post, text[tokens[first].Start..end], tokens[first].Start, end - tokens[first].Start);
    }

    /// <summary>"Tokayev, then Chairman of the Senate, …": the clause after the name, when it names a post.</summary>
    static AnswerSpan? After(string text, List<(int Start, int Length)> tokens, int name, Func<int, bool> names)
    {
        var last = name;
        while (last + 1 < tokens.Count && names(last + 1)) last++;
        var from = tokens[last].Start + tokens[last].Length;
        if (from >= text.Length || text[from] != ',') return null;
        var end = Clauses.EndOf(text, from + 1);
        var inside = tokens.Where(t => t.Start > from && t.Start + t.Length <= end).ToList();
        if (inside.Count == 0 || !inside.Any(t => IsPost(text, t))) return null;
        var start = inside[0].Start;
        var stop = inside[^1].Start + inside[^1].Length;
        return new AnswerSpan(AnswerType.Post, text[start..stop], start, stop - start);
    }

    static bool IsPost(string text, (int Start, int Length) token) =>
        DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(text.Substring(token.Start, token.Length)))
            .Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Person);
}
