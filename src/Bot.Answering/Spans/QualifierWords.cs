using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// "about", "nearly", "more than", "над", "шамамен", "астам": the lexicon's words that hedge a number, read from the
/// two words before it (and, for Kazakh, the word after it: "83 млн доллардан астам").
/// </summary>
public sealed class QualifierWords(DomainLexicon lexicon)
{
    // Concept → qualifier, the more precise first: "почти" is both "nearly" and "about"; "exceeded $83 million" is "more than".
    static readonly (string Concept, string Qualifier)[] Qualifiers =
        [("nearly", "nearly"), ("about", "about"), ("more_than", "more_than"), ("exceed", "more_than"), ("less_than", "less_than")];

    public string? Before(string text, int index)
    {
        var start = Math.Max(0, index - 24);
        var words = Tokenizer.Words(text[start..index]).TakeLast(2).Reverse();
        foreach (var word in words)
            if (Of(word) is { } q) return q;
        return null;
    }

    /// <summary>The hedge right after a number, in its clause: "66,6 млн — почти вдвое больше…" hedges the growth, not the amount.</summary>
    public string? After(string text, int end)
    {
        var position = end;
        if (!Tokenizer.Next(text, ref position, out var start, out var length) || start - end > 16) return null;
        return Clauses.BreakBetween(text, end, start) ? null : Of(text.Substring(start, length));
    }

    string? Of(string word)
    {
        var concepts = lexicon.ConceptsOfWord(TextNormalizer.Fold(word));
        foreach (var (concept, qualifier) in Qualifiers)
            if (concepts.Contains(concept)) return qualifier;
        return null;
    }
}
