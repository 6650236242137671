using System.Text.RegularExpressions;
using Bot.Answering.Composing;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Corrections;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "UPD (15.03.2024): … ошибочно указано, что встреча прошла 13 марта. Встреча состоялась 12 марта.", "Поправка: … 61,6 …
/// Правилната стойност е 71,6 млн. долара.", "… 21 thousand passengers, not 18 thousand": a notice a page adds under its
/// text corrects a date or a figure stated above it. The corrected value is the page's: a sentence stating the wrong one
/// answers with the right one, saying it was corrected, and quotes the notice. Phrases in Reading/corrections.json.
/// </summary>
public sealed class Corrections
{
    public static Corrections Default { get; } = new(EmbeddedJson.Load<CorrectionFile>("corrections.json"));

    readonly Regex _rightThenWrong;
    readonly Regex _wrongThenRight;

    Corrections(CorrectionFile file)
    {
        _rightThenWrong = PhraseRegex.Of(file.RightThenWrong);
        _wrongThenRight = PhraseRegex.Of(file.WrongThenRight);
    }

    /// <summary>A value the notice says was wrong, the value it gives instead, and the sentences that say so.</summary>
    /// <param name="Cut">Where, in the one sentence said, the words giving the wrong value after the right one start ("…
    /// exceeded $83 million, not $38 million as reported"); -1 when the notice says them apart.</param>
    public sealed record Fix(AnswerSpan Wrong, AnswerSpan Right, IReadOnlyList<string> Said, int Cut = -1);

    // A value and the word that joins it to the other ("21 тысяча пассажиров, а не 18 тысяч") stand close.
    const int JoinerReach = 40;

    /// <summary>The values of a kind a notice corrects, read with <paramref name="find"/> (the spans of that kind in a sentence).</summary>
    public IReadOnlyList<Fix> Fixes(string notice, Func<string, IReadOnlyList<AnswerSpan>> find)
    {
        var fixes = new List<Fix>();
        var sentences = SentenceSplitter.Split(notice).Where(s => s.Trim().Length > 0).ToList();
        var found = sentences.Select(find).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var spans = found[i];
            if (spans.Count == 0) continue;
            var joined = new HashSet<AnswerSpan>();
            foreach (Match m in _rightThenWrong.Matches(s))
                if (Before(spans, m.Index) is { } right && After(spans, m.Index + m.Length) is { } wrong && joined.Add(wrong))
                {
                    joined.Add(right);
                    fixes.Add(new Fix(wrong, right, [s], m.Index));
                }
            foreach (Match m in _wrongThenRight.Matches(s))
                if (Before(spans, m.Index) is { } wrong && After(spans, m.Index + m.Length) is { } right && joined.Add(wrong))
                {
                    joined.Add(right);
                    fixes.Add(new Fix(wrong, right, [s]));
                }
            // "… ошибочно указано, что встреча прошла 13 марта." then "Встреча состоялась 12 марта.": the wrong values in
            // order, the right ones in the next sentence that states values of the kind.
            if (!CorrectionNotices.SaysWrong(s)) continue;
            var wrongs = spans.Where(x => !joined.Contains(x)).ToList();
            var next = Enumerable.Range(i + 1, sentences.Count - i - 1).FirstOrDefault(j => found[j].Count > 0, -1);
            if (next < 0) continue;
            for (var k = 0; k < wrongs.Count && k < found[next].Count; k++)
                fixes.Add(new Fix(wrongs[k], found[next][k], [s, sentences[next]]));
        }
        return fixes;
    }

    static AnswerSpan? Before(IReadOnlyList<AnswerSpan> spans, int at) =>
        spans.LastOrDefault(x => x.End <= at && at - x.End <= JoinerReach);

    static AnswerSpan? After(IReadOnlyList<AnswerSpan> spans, int at) =>
        spans.FirstOrDefault(x => x.Start >= at && x.Start - at <= JoinerReach);

    /// <summary>Whether two values are one: a date of the same day (a notice may leave out the year), a number of the same size.</summary>
    public static bool Same(AnswerSpan a, AnswerSpan b)
    {
        // "13 марта" in a notice of 14 March 2024 is that year's, read so; a day is a day, whichever year a text puts beside it.
        if (a.Date is { } x && b.Date is { } y)
            return x.Month == y.Month && x.Day == y.Day && (x.Year == y.Year || x.Day is not null && Math.Abs(x.Year - y.Year) <= 1) && a.DateEnd == b.DateEnd;
        return a.Date is null && b.Date is null && a.Value is not null && SpanText.Same(a, b);
    }

    static bool Correctable(AnswerSpan s) => s.Date is not null || s.Value is not null && s.Type.IsNumber();

    /// <summary>
    /// The candidates with each value a notice of their document corrects replaced by the corrected one (which remembers
    /// the value it replaces), the notice quoted after the sentence; the others as they are.
    /// </summary>
    /// <param name="notices">Each document's notices as ingestion found them (<see cref="PassageSearch.Notices"/>).</param>
    public static List<Candidate> Apply(List<Candidate> answers, IReadOnlyDictionary<long, IReadOnlyList<string>> notices, Func<AnswerType, string, PartialDate?, IReadOnlyList<AnswerSpan>> find)
    {
        if (notices.Count == 0 || !answers.Exists(a => notices.ContainsKey(a.Window.Window.Source.DocumentId))) return answers;
        return answers.Select(a => notices.TryGetValue(a.Window.Window.Source.DocumentId, out var texts) && a.Spans.Any(Correctable) ? Corrected(a, texts, find) : a).ToList();
    }

    static Candidate Corrected(Candidate a, IReadOnlyList<string> notices, Func<AnswerType, string, PartialDate?, IReadOnlyList<AnswerSpan>> find)
    {
        var published = a.Window.Window.Published;
        var spans = a.Spans.ToList();
        var quoted = a.Quoted.ToList();
        var changed = false;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (!Correctable(span)) continue;
            var fix = notices.SelectMany(n => Default.Fixes(n, s => find(span.Type, s, published))).FirstOrDefault(f => Same(f.Wrong, span));
            if (fix is null || Same(fix.Right, span)) continue;
            spans[i] = fix.Right with { Type = span.Type, Corrects = span };
            foreach (var said in fix.Said)
                if (!quoted.Exists(x => x.Contains(said.Trim(), StringComparison.Ordinal))) quoted.Add(said.Trim());
            changed = true;
        }
        return changed ? a with { Spans = spans, Quoted = quoted } : a;
    }

    /// <summary>
    /// Evidence that states this value as a notice's right value followed by the wrong one it replaces ("… exceeded $83
    /// million, not $38 million as reported"), without the wrong one: the withdrawn value is never quoted as the page's.
    /// Null when no notice so states it.
    /// </summary>
    public static string? WithoutWithdrawn(AnswerSpan value, string evidence, IEnumerable<string> notices, Func<string, IReadOnlyList<AnswerSpan>> find)
    {
        foreach (var fix in notices.SelectMany(n => Default.Fixes(n, find)))
        {
            if (fix.Cut < 0 || !Same(fix.Right, value) || Same(fix.Wrong, value)) continue;
            var said = fix.Said[0];
            var at = evidence.IndexOf(said.Trim(), StringComparison.Ordinal);
            if (at < 0) continue;
            var kept = said[..fix.Cut].Trim().TrimEnd(',', ';', ' ', '\u2013', '\u2014', '-');
            return evidence[..at] + kept + " \u2026" + evidence[(at + said.Trim().Length)..];
        }
        return null;
    }

    /// <summary>Whether a notice among <paramref name="notices"/> names this value wrong.</summary>
    public static bool NamedWrong(AnswerSpan value, IEnumerable<string> notices, Func<string, IReadOnlyList<AnswerSpan>> find) =>
        notices.SelectMany(n => Default.Fixes(n, find)).Any(f => Same(f.Wrong, value) && !Same(f.Right, value));

    sealed record CorrectionFile(Dictionary<string, List<string>> RightThenWrong, Dictionary<string, List<string>> WrongThenRight);
}
