using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// "How many Kazakh students study in Bulgaria": a country among the words a question counts says whose the counted
/// things are, and a count answers only when its own noun is tied to that country — inside the count ("27 Kazakh
/// students", "27 казахстански студенти"), right after it ("students from Kazakhstan", "фирми с казахстански капитал") or
/// just before the number, as Kazakh puts it ("Қазақстаннан келген 27 студент"). A country word that names a language
/// ties no one to a country: "казахски език изучават 27 студенти", "27 students are learning Kazakh", "қазақ тілін 27
/// студент оқиды" count students of Kazakh, wherever they come from.
/// </summary>
public sealed class CountedGroup(SpanWords words, DomainLexicon lexicon)
{
    // How many words before the number and after the counted noun a country word still says whose the count is.
    const int Before = 3;
    const int After = 4;

    const string LanguageConcept = "language";

    /// <summary>The countries the question's counted words name as the owner of what is counted (not a language they name).</summary>
    public IReadOnlyList<string> Asked(string question, IReadOnlyList<QueryUnit> counted)
    {
        if (counted.Count == 0) return [];
        var tokens = SpanTokens.Of(question);
        var labels = counted.Select(u => TextNormalizer.Fold(u.Label)).ToHashSet(StringComparer.Ordinal);
        return MetricCatalog.Default.Countries.Find(question, 0, question.Length)
            .Where(m => tokens.Any(t => Covers(t, m) && labels.Contains(TextNormalizer.Fold(t.Value))) && !NamesLanguage(tokens, m))
            .Select(m => m.Country).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the count from <paramref name="start"/> to <paramref name="end"/> (number to counted noun) is tied to every asked country.</summary>
    public bool Holds(string text, IReadOnlyList<Match> tokens, IReadOnlyList<string> asked, int start, int end)
    {
        if (asked.Count == 0) return true;
        var from = tokens.Where(t => t.Index < start).TakeLast(Before).Select(t => t.Index).DefaultIfEmpty(start).First();
        var to = tokens.Where(t => t.Index >= end).Take(After).Select(t => t.Index + t.Length).DefaultIfEmpty(end).Last();
        var mentions = MetricCatalog.Default.Countries.Find(text, from, to);
        return asked.All(country => mentions.Any(m => m.Country == country && !NamesLanguage(tokens, m)));
    }

    /// <summary>"казахски език", "қазақ тілі", "learning Kazakh": the country word is followed by a word for a language or follows a verb of learning one.</summary>
    bool NamesLanguage(IReadOnlyList<Match> tokens, CountryRoles.Mention m)
    {
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Index < m.Index + m.Length) last = i;
        var first = last;
        while (first > 0 && tokens[first - 1].Index >= m.Index) first--;
        if (last < 0) return false;
        return last + 1 < tokens.Count && lexicon.ConceptsOfWord(TextNormalizer.Fold(tokens[last + 1].Value)).Contains(LanguageConcept)
            || first > 0 && words.LearningVerbs.Contains(TextNormalizer.Fold(tokens[first - 1].Value));
    }

    static bool Covers(Match token, CountryRoles.Mention m) => token.Index < m.Index + m.Length && m.Index < token.Index + token.Length;
}
