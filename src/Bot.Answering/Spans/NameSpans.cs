using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// Proper names a sentence states without the store knowing them: a name in quotation marks («Козлодуй», „Казах
/// Инвест“, "Slavyane"), or a run of capitalised words the lexicon does not know as common vocabulary, not at the
/// start of the sentence (where every word is capitalised) and not one of the question's own words.
/// </summary>
public sealed partial class NameSpans(DomainLexicon lexicon)
{
    const int MaxWords = 5;

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*")]
    private static partial Regex Capitalised();

    public IEnumerable<AnswerSpan> Find(string text, AnswerType type, Question q)
    {
        var found = new List<AnswerSpan>();
        foreach (var (name, at, length) in QuotedNames.In(text))
            if (Tokenizer.Words(name).Count() <= MaxWords && !Asked(name, q))
                found.Add(new AnswerSpan(type, name.Trim(), at, length) { Confidence = 0.8 });
        var first = FirstWordEnd(text);
        foreach (Match m in Capitalised().Matches(text))
        {
            var words = Tokenizer.Words(m.Value).ToList();
            // Leading words the lexicon knows are titles or common nouns ("Bulgarian Vice President"), not the name.
            var known = words.TakeWhile(w => lexicon.IsStopword(TextNormalizer.Fold(w)) || lexicon.ConceptsOfWord(TextNormalizer.Fold(w)).Count > 0).Count();
            if (known == words.Count || words.Count - known > MaxWords) continue;
            var start = m.Index + m.Value.IndexOf(words[known], StringComparison.Ordinal);
            if (start < first || found.Any(f => start < f.End && f.Start < m.Index + m.Length)) continue;
            var value = text[start..(m.Index + m.Length)];
            if (!Asked(value, q)) found.Add(new AnswerSpan(type, value, start, m.Index + m.Length - start) { Confidence = 0.5 });
        }
        return found;
    }

    /// <summary>A name the question itself uses is what it asks about, not the answer.</summary>
    static bool Asked(string name, Question q)
    {
        var keys = Bot.Knowledge.Entities.AliasKeys.ForText(name);
        return keys.Count > 0 && keys.All(k => q.Units.Any(u => u.Keys.Contains(k)));
    }

    static int FirstWordEnd(string text)
    {
        var position = 0;
        return Tokenizer.Next(text, ref position, out _, out _) ? position : 0;
    }
}
