using System.Runtime.CompilerServices;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Model;

namespace Bot.Answering.Composing;

/// <summary>
/// The words quoted under a figure answer: the sentence of the figure's evidence that states it, cut to the clause that
/// states it when the sentence states other figures too ("…imports from Bulgaria reached $71.6 million"), so the reader
/// does not meet another direction's, period's or metric's number first. A cut is kept only when what is left still
/// states the figure's metric, value, period and change when read alone; else the quote runs from the sentence's start to that
/// clause's end, else it is the whole evidence. Joins are data (quote-clauses.json), in four languages.
/// </summary>
public static class FigureQuote
{
    sealed record ClauseFile(Dictionary<string, List<string>> Joins);

    static readonly string[] Joins = [.. EmbeddedJson.Load<ClauseFile>("quote-clauses.json").Joins.Values
        .SelectMany(j => j).Distinct().OrderByDescending(j => j.Length)];

    // The joins by their first letter as a case-blind comparison sees it, each list in the order of Joins (longest first): a
    // sentence's character that starts no join is passed at once instead of being compared with every join.
    static readonly Dictionary<char, string[]> JoinsByFirst = Joins.Where(j => j.Length > 0)
        .GroupBy(j => char.ToUpperInvariant(j[0])).ToDictionary(g => g.Key, g => g.ToArray());

    const string Cut = "…";

    // A figure of the answering snapshot is quoted again by every question it answers; its cut is worked out once and
    // lives as long as the figure (the snapshot), since checking a cut runs the figure extractor on each clause.
    static readonly ConditionalWeakTable<Figure, string> Quotes = new();

    public static string Of(Figure f) => Quotes.GetValue(f, Quote);

    static string Quote(Figure f)
    {
        var evidence = f.Evidence.Trim();
        var sentences = SentenceSplitter.Split(evidence);
        // A cut must leave a number out: one sentence whose numbers sit in one clause has no other figure to hide, and the
        // extractor is not run for it.
        if (sentences.Count < 2 && Parts(evidence, true).Count(p => MoneyFinder.HasDigit(evidence[p.Start..p.End])) < 2) return evidence;
        var date = PartialDate.Parse(f.Source.Published);
        // A figure dated by the sentence or lead before its evidence ("In January–April 2025 trade kept growing." then
        // "Exports reached $71.2 million, imports $12.4 million.") is stated by its evidence only with that period
        // carried in: its clause loses no period the sentence had, so it is cut as well, with the period carried in too.
        var carried = false;
        if (!States(evidence, f, date, false) && !(carried = States(evidence, f, date, true))) return evidence;
        var sentence = sentences.Count > 1 ? sentences.FirstOrDefault(s => States(s, f, date, carried)) ?? evidence : evidence;
        return Clause(sentence, f, date, carried) ?? sentence;
    }

    /// <summary>
    /// The clause of <paramref name="sentence"/> holding <c>[start, end)</c>, with "…" where clauses were left out, when
    /// another clause states a number of its own and the sentence names no period the clause would lose; else null.
    /// </summary>
    public static string? ClauseAround(string sentence, int start, int end, PartialDate? date)
    {
        var parts = Parts(sentence);
        var i = parts.FindIndex(p => p.Start <= start && end <= p.End);
        if (parts.Count < 2 || i < 0) return null;
        if (!parts.Where((_, k) => k != i).Any(p => HasDigit(sentence.AsSpan(p.Start, p.End - p.Start)))) return null;
        // "In January–October exports were $141.5 million, and imports $24 million": cut, the imports would lose their months.
        if (PeriodFinder.Find(sentence, date).Any(p => p.Index < parts[i].Start || p.End > parts[i].End)) return null;
        var text = sentence[parts[i].Start..parts[i].End].Trim().TrimEnd(',', ';', ' ');
        return (i > 0 ? Cut + " " : "") + text + (i < parts.Count - 1 ? " " + Cut : "");
    }

    static string? Clause(string sentence, Figure f, PartialDate? date, bool carried) =>
        Clause(sentence, f, date, carried, false) ?? Clause(sentence, f, date, carried, true);

    /// <param name="commas">
    /// Whether a bare comma parts clauses too, as a second try: "Kazakh exports reached $71.2 million, imports $12.4
    /// million" leaves out the verb of its second clause, and no join word stands between them.
    /// </param>
    static string? Clause(string sentence, Figure f, PartialDate? date, bool carried, bool commas)
    {
        var parts = Parts(sentence, commas);
        if (parts.Count < 2) return null;
        // Alone first, then after the words of the sentence that name its period, then from the sentence's start to the clause's end.
        for (var i = 0; i < parts.Count; i++)
            if (Kept(sentence, parts, i, i, f, date, carried, commas) is { } alone) return alone;
        if (!carried)
            for (var i = 1; i < parts.Count; i++)
                if (AfterPeriod(sentence, parts, i, f, date, commas) is { } dated) return dated;
        for (var i = 1; i < parts.Count - 1; i++)
            if (Kept(sentence, parts, 0, i, f, date, carried, commas) is { } lead) return lead;
        return null;
    }

    /// <summary>
    /// "In 2024 … imports from Bulgaria rose to $71.6 million": a clause that states the figure but for its period, which
    /// an earlier clause of the sentence names, is quoted after those words (and the preposition before them), not with
    /// the other direction's figure that stands between them.
    /// </summary>
    static string? AfterPeriod(string sentence, List<(int Start, int End)> parts, int i, Figure f, PartialDate? date, bool commas)
    {
        if (Kept(sentence, parts, i, i, f, date, true, commas) is not { } clause) return null;
        var named = PeriodFinder.Find(sentence[..parts[i].Start], date).LastOrDefault(p => p.Period == f.Period && !p.IsComparison && !p.IsAnaphoric);
        if (named is null) return null;
        var start = named.Index;
        // The one short word before the period ("In", "В", "През", "За"), as the sentence writes it.
        var word = start - 1;
        while (word > 0 && sentence[word - 1] == ' ') word--;
        var wordStart = word;
        while (wordStart > 0 && char.IsLetter(sentence[wordStart - 1])) wordStart--;
        if (word - wordStart is > 0 and <= 4 && (wordStart == 0 || !char.IsLetterOrDigit(sentence[wordStart - 1]))) start = wordStart;
        var period = sentence[start..PeriodFinder.EndWithYearWord(sentence, named.End)];
        var quoted = period + " " + clause.TrimStart(Cut[0], ' ');
        return States(quoted, f, date, false) ? period + " " + (clause.StartsWith(Cut, StringComparison.Ordinal) ? clause : Cut + " " + clause) : null;
    }

    static string? Kept(string sentence, List<(int Start, int End)> parts, int from, int to, Figure f, PartialDate? date, bool carried, bool commas)
    {
        var text = sentence[parts[from].Start..parts[to].End].Trim().TrimEnd(',', ';', ' ');
        if (!States(text, f, date, carried)) return null;
        // Nothing but words left out: there was no other figure to hide.
        if (!HasDigit(sentence.AsSpan(0, parts[from].Start)) && !HasDigit(sentence.AsSpan(parts[to].End))) return null;
        // A comma also sets off the figure's own base ("…, up 62 percent from 2.76 million tonnes the year before"): what
        // a comma cut leaves out must be another figure, never this one's comparison.
        if (commas && !FigureExtractor.Extract(sentence[..parts[from].Start] + sentence[parts[to].End..], new FigureContext(date, f.Period))
                .Any(d => d.Metric != f.Metric || Math.Abs(d.Value - f.Value) > 1e-9)) return null;
        var head = from > 0 ? Cut + " " : "";
        var tail = to < parts.Count - 1 ? " " + Cut : "";
        return head + text + tail;
    }

    /// <summary>The sentence's clauses: where a join starts outside quotes and brackets, the clause before it ends and the next begins after its words.</summary>
    static List<(int Start, int End)> Parts(string s, bool commas = false)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        var depth = 0;
        var inQuote = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is '(' or '[' or '«' or '“') depth++;
            else if (c is ')' or ']' or '»' or '”') depth = Math.Max(0, depth - 1);
            else if (c == '"') inQuote = !inQuote;
            if (depth > 0 || inQuote || i < start) continue;
            if ((JoinAt(s, i) ?? (commas ? CommaAt(s, i) : null)) is not { } join) continue;
            parts.Add((start, i));
            start = i + join.Length;
            i = start - 1;
        }
        parts.Add((start, s.Length));
        return parts.Where(p => s.AsSpan(p.Item1, p.Item2 - p.Item1).Trim().Length > 0).ToList();
    }

    /// <summary>A comma followed by a space, not one between a number's digits.</summary>
    static string? CommaAt(string s, int i) => s[i] == ',' && i + 1 < s.Length && s[i + 1] == ' ' ? ", " : null;

    /// <summary>A join at <paramref name="i"/>, ending at a word's end (", а " not ", автор"), not between a number's digits.</summary>
    static string? JoinAt(string s, int i)
    {
        if (!JoinsByFirst.TryGetValue(char.ToUpperInvariant(s[i]), out var joins)) return null;
        foreach (var j in joins)
        {
            if (string.Compare(s, i, j, 0, j.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = i + j.Length;
            if (end < s.Length && char.IsLetterOrDigit(s[end]) && char.IsLetterOrDigit(j[^1])) continue;
            if (j[0] is ',' or ';' && i > 0 && char.IsDigit(s[i - 1]) && end < s.Length && char.IsDigit(s[end])) continue;
            if (j[0] == ' ' && i > 0 && !char.IsLetter(s[i - 1])) continue;
            return j;
        }
        return null;
    }

    static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9');

    static bool States(string text, Figure f, PartialDate? date, bool carried) =>
        FigureExtractor.Extract(text, new FigureContext(date, carried ? f.Period : null)).Any(d => d.Metric == f.Metric && d.Period == f.Period && d.Scale == f.Scale && Math.Abs(d.Value - f.Value) < 1e-9
            // The figure's own change ("Изменение: в 11 раз") is shown beside it in the answer: a cut that loses it hides no other figure.
            && d.GrowthFactor == f.GrowthFactor && d.GrowthPercent == f.GrowthPercent);
}
