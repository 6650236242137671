using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// An amount answers "how much was exported" only when the sentence ties it to exports: the measure word nearest the
/// amount (before it in its clause, else after it) must be one the question names. "Trade exceeded $83 million"
/// does not answer a question about exports; a sentence naming no measure at all may.
/// </summary>
public sealed class MeasureCheck(DomainLexicon lexicon)
{
    // Measures and the concepts that count as the same one ("trade" and "turnover").
    static readonly Dictionary<string, string> Measures = new(StringComparer.Ordinal)
    {
        ["export"] = "export", ["import"] = "import", ["investment"] = "investment", ["turnover"] = "turnover", ["trade"] = "turnover",
    };

    /// <summary>The measures a text names, each with where it stands.</summary>
    public List<(int Index, string Measure)> In(string text)
    {
        var found = new List<(int, string)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            foreach (var concept in lexicon.ConceptsOfWord(TextNormalizer.Fold(text.Substring(start, length))))
                if (Measures.TryGetValue(concept, out var measure)) { found.Add((start, measure)); break; }
        return found;
    }

    public bool Holds(IReadOnlySet<string> asked, string sentence, AnswerSpan amount)
    {
        if (asked.Count == 0) return true;
        var measures = In(sentence);
        if (measures.Count == 0) return true;
        var clauseStart = ClauseStart(sentence, amount.Start);
        var before = measures.Where(m => m.Index < amount.Start && m.Index >= clauseStart).Select(m => m.Measure).LastOrDefault();
        var nearest = before ?? measures.Where(m => m.Index > amount.Start).Select(m => m.Measure).FirstOrDefault()
            ?? measures.Last(m => m.Index < amount.Start).Measure;
        return asked.Contains(nearest);
    }

    public IReadOnlySet<string> Asked(string question) => In(question).Select(m => m.Measure).ToHashSet(StringComparer.Ordinal);

    // A clause ends at a comma, semicolon or dash: "экспорт … 284,8 млн, импорт из Болгарии — 65 млн".
    static int ClauseStart(string s, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (s[i] is ',' or ';' or '—' or '–' or ':') return i;
        return 0;
    }
}
