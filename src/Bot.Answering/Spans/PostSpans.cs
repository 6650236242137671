using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
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
        bool Names(int i) => people.Any(p => p.Keys.Overlaps(AliasKeys.ForText(Word(text, tokens[i]))));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Names(i) || i > 0 && Names(i - 1)) continue;
            // "Who is Georgi Vodenski?" is not asked of "Petr Dilov" or "President Georgi Parvanov": a given name alone that the
            // question's person shares names someone else; the written name must share more than one.
            if (!NamesBeyondGivenName(text, tokens, i, Names)) continue;
            if ((Before(text, tokens, i) ?? After(text, tokens, i, Names)) is { } span && !found.Any(f => f.Start == span.Start)) found.Add(span);
        }
        return found;
    }

    /// <summary>From the first post word of the name's clause up to the name.</summary>
    static AnswerSpan? Before(string text, List<(int Start, int Length)> tokens, int name)
    {
        var clause = Clauses.StartOf(text, tokens[name].Start);
        // "Bulgaria's Deputy Prime Minister … Tomislav Donchev and Kazakhstan's Minister of Energy Almasadam Satkaliyev": the
        // second name's post starts after the word joining the two, when a post is named after it ("Minister of Transport and
        // Communications Kostadinov" names none after its "and", and keeps the whole).
        var (joinAt, joined) = (clause, clause);
        foreach (var join in AgreementVocabulary.PartySeparator.EnumerateMatches(text.AsSpan(clause, tokens[name].Start - clause)))
            (joinAt, joined) = (clause + join.Index, clause + join.Index + join.Length);
        if (joined > clause)
        {
            if (Enumerable.Range(0, name).Any(i => tokens[i].Start >= joined && IsPost(text, tokens[i]))) clause = joined;
            // "Prime Minister Bektenov and Radev": a surname before the joining word is the post's holder, not the name asked.
            else if (Enumerable.Range(0, name).LastOrDefault(i => tokens[i].Start + tokens[i].Length <= joinAt, -1) is >= 0 and var beforeJoin
                && IsNameWord(text, tokens[beforeJoin]) && NameRules.HasSurnameEnding(Word(text, tokens[beforeJoin]))) return null;
        }
        // "Министр … Ермек Кошербаев принял вчера в Астане посла Болгарии Петко Димитрова": after another person's name (two
        // capitalised words, no post among them) the post before the name asked starts anew, when one is named after it.
        for (var i = name - 1; i > 0 && tokens[i - 1].Start >= clause; i--)
            if (IsNameWord(text, tokens[i]) && IsNameWord(text, tokens[i - 1]) && Adjacent(text, tokens[i - 1], tokens[i]))
            {
                if (Enumerable.Range(i + 1, name - i - 1).Any(k => IsPost(text, tokens[k]))) clause = tokens[i].Start + tokens[i].Length;
                // "Prime Minister Olzhas Bektenov met Radev": the post is the other person's; words of a post's field right
                // before the name ("for Economic Policy Tomislav Donchev") are no other person.
                else if (i + 1 < name) return null;
                break;
            }
        var first = -1;
        for (var i = name - 1; i >= 0 && tokens[i].Start >= clause; i--)
            if (IsPost(text, tokens[i])) first = i;
        if (first < 0) return null;
        // "посланик на България в Казахстан е Георги Воденски", "… is Georgi Vodenski": the verb joining post and name is neither's.
        var lastWord = name - 1;
        while (lastWord > first && DomainLexicon.Default.IsStopword(TextNormalizer.Fold(Word(text, tokens[lastWord])))) lastWord--;
        var end = tokens[lastWord].Start + tokens[lastWord].Length;
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

    static bool NamesBeyondGivenName(string text, List<(int Start, int Length)> tokens, int first, Func<int, bool> names)
    {
        var last = first;
        while (last + 1 < tokens.Count && names(last + 1)) last++;
        // "областной управитель Илиян Тодоров" for Iliana Iotova: a surname other than the person's right after the shared word.
        if (last + 1 < tokens.Count && char.IsUpper(text[tokens[last + 1].Start]) && Adjacent(text, tokens[last], tokens[last + 1])
            && NameRules.HasSurnameEnding(Word(text, tokens[last + 1]))) return false;
        var lang = LanguageGuess.Of(text);
        for (var i = first; i <= last; i++)
            if (!NameRules.IsGivenName(Word(text, tokens[i]), lang)) return true;
        return false;
    }

    static string Word(string text, (int Start, int Length) token) => text.Substring(token.Start, token.Length);

    /// <summary>Only white space between the two words: one name's, or a post's and a name's, not across a comma or a dash.</summary>
    static bool Adjacent(string text, (int Start, int Length) a, (int Start, int Length) b) =>
        text.AsSpan(a.Start + a.Length, b.Start - a.Start - a.Length).IsWhiteSpace();

    static bool IsNameWord(string text, (int Start, int Length) token) => char.IsUpper(text[token.Start]) && !IsPost(text, token);

    static bool IsPost(string text, (int Start, int Length) token) =>
        DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(Word(text, token)))
            .Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Person);
}
