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
/// Behind the words the expression runs interpreted: it reads only the few sentences that name a phrase (on 3,000 bench
/// documents, 2,370 of 103,318 sentences for the plans and denials), where the interpreter is as fast as compiled code
/// (31.6 against 33.9 ms), and compiling cost every run at its first use 30-55 ms of CPU for each of the larger
/// vocabularies (the plans' 82 phrases compiled to a 149 KB method, too large for the JIT to optimize) and the GC
/// heap about 400 KB for each (the expression's IL and tables). Without the words (a phrase they cannot read) it is compiled.
/// </remarks>
public sealed class PhraseExpression
{
    readonly PhraseMatcher? _words;

    public PhraseExpression(IEnumerable<string> phrases)
    {
        var list = phrases.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        _words = list.All(AllWords) ? new PhraseMatcher(list) : null;
        Expression = _words is null ? Phrases.Compile(list) : Phrases.Interpreted(list);
    }

    public Regex Expression { get; }

    public bool IsMatch(TokenList tokens) => (_words is null || _words.IsMatch(tokens)) && Expression.IsMatch(tokens.Text);

    public bool IsMatch(string text) => _words is null ? Expression.IsMatch(text) : IsMatch(TokenList.Of(text));

    /// <summary>The expression's first match in the text, read through its words first (a failed match when none can be there).</summary>
    public Match Match(string text) => _words is null || _words.IsMatch(TokenList.Of(text)) ? Expression.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>
    /// Whether each word of a phrase is letters and digits only (with the phrase syntax's * and {a|b}), or such pieces
    /// joined by a hyphen or an apostrophe ("по-ранна", "editor's"): the tokenizer splits those into words the matcher
    /// reads as one phrase (<see cref="TokenList.Joined"/> lets a hyphen or an apostrophe stand between them), so what the
    /// expression finds the words find too. A * only ends such a word: "a*-b" would let the expression read letters the
    /// words would not.
    /// </summary>
    internal static bool AllWords(string phrase)
    {
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = word.Split(Joiners);
            if (pieces.Length > 1 && word.IndexOf('*') is >= 0 and var star && star != word.Length - 1) return false;
            foreach (var piece in pieces)
            {
                var letters = 0;
                foreach (var c in piece)
                    if (char.IsLetterOrDigit(c)) letters++;
                    else if (c is not ('*' or '{' or '}' or '|')) return false;
                if (letters == 0) return false;
            }
        }
        return true;
    }

    // What may join two pieces of one word of a phrase: each is one the token list's Joined accepts between two words.
    static readonly char[] Joiners = ['-', '\'', '\u2019', '\u2011'];
}
