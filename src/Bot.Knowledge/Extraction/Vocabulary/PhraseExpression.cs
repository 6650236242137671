using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// A vocabulary's phrases as one compiled expression (<see cref="Phrases"/>), asked of a sentence through its words first:
/// a <see cref="PhraseMatcher"/> of the same phrases reads the word records every matcher shares (one lookup per word,
/// see <see cref="FirstWords"/>), so a sentence naming none of the phrases never runs the expression. Whatever the
/// expression finds, the matcher finds too (it is the more lenient: a hyphen may join the words of a phrase, a digit may
/// follow an open ending), so the answer is always the expression's.
/// </summary>
/// <remarks>
/// Measured on the bench corpus: a case-blind expression over Cyrillic phrases, or a literal search for them, costs 1-9 us
/// a sentence; the words, 0.3 us. A phrase with a word the tokenizer would split or drop ("US$", "#") turns the words off.
/// </remarks>
public sealed class PhraseExpression
{
    readonly PhraseMatcher? _words;

    public PhraseExpression(IEnumerable<string> phrases)
    {
        var list = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        Expression = Phrases.Compile(list);
        _words = list.All(AllWords) ? new PhraseMatcher(list) : null;
    }

    public Regex Expression { get; }

    public bool IsMatch(TokenList tokens) => (_words is null || _words.IsMatch(tokens)) && Expression.IsMatch(tokens.Text);

    public bool IsMatch(string text) => _words is null ? Expression.IsMatch(text) : IsMatch(TokenList.Of(text));

    /// <summary>The expression's first match in the text, read through its words first (a failed match when none can be there).</summary>
    public Match Match(string text) => _words is null || _words.IsMatch(TokenList.Of(text)) ? Expression.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether each word of a phrase is letters and digits only (with the phrase syntax's * and {a|b}): one token each.</summary>
    internal static bool AllWords(string phrase)
    {
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = 0;
            foreach (var c in word)
                if (char.IsLetterOrDigit(c)) letters++;
                else if (c is not ('*' or '{' or '}' or '|')) return false;
            if (letters == 0) return false;
        }
        return true;
    }
}
