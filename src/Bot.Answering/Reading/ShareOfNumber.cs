using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Reading;

/// <summary>
/// Whose share a number is: "up to three flights a week for each side, that is six in total" states one side's number and
/// the sum of both. A question asking the total ("how many flights a week in total", "в общей сложности", "общо",
/// "барлығы") is not answered by the number a per-each phrase stands nearest to, nor one asking each side's by the
/// total; a question asking both, or neither, takes either. Phrases in Reading/shares.json.
/// </summary>
public sealed partial class ShareOfNumber
{
    public static ShareOfNumber Default { get; } = new(EmbeddedJson.Load<ShareFile>("shares.json"));

    [Flags]
    public enum Share { None = 0, PerEach = 1, Total = 2 }

    readonly Regex _perEach;
    readonly Regex _total;
    readonly Regex _mostly;

    ShareOfNumber(ShareFile file)
    {
        _perEach = PhraseRegex.Of(file.PerEach);
        _total = PhraseRegex.Of(file.Total);
        _mostly = PhraseRegex.Of(file.Mostly);
    }

    /// <summary>
    /// "How much crude oil did Kazakhstan export": "exports rose elevenfold to USD 303.6 million, mostly crude oil" names the
    /// asked goods only as what the whole is mostly made of; its numbers are the whole's, not the goods' own.
    /// </summary>
    public bool OfTheWhole(Question q, string text)
    {
        if (q.Excluded is not null) return false;
        // "…, and what were they worth?" asks of the goods the first half named: its units carry them.
        var asked = QuestionConditions.Default.Of(q).Goods.Concat(q.Units.SelectMany(u => QuestionConditions.Default.GoodsIn(u.Label))).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0) return false;
        var named = Word().Matches(text).Where(m => QuestionConditions.Default.GoodsIn(m.Value).Overlaps(asked)).ToList();
        if (named.Count == 0) return false;
        var cues = _mostly.Matches(text).ToList();
        return named.All(word => cues.Any(cue => cue.Index + cue.Length <= word.Index && MakeUp(text.AsSpan(cue.Index + cue.Length, word.Index - cue.Index - cue.Length))));
    }

    /// <summary>Between "mostly" and the goods: other goods and joining words, no number and no end of a clause.</summary>
    static bool MakeUp(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
            if (char.IsDigit(c) || c is '.' or ';' or ':' or '(' or ')' or '—' or '–') return false;
        return between.Length <= MakeUpChars;
    }

    // "mainly aluminium, ferroalloys and crude oil": a few goods may stand between the word and the asked one.
    const int MakeUpChars = 60;

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’-]*")]
    private static partial Regex Word();

    /// <summary>A single word saying a total ("total", "общо", "жалпы").</summary>
    public bool IsTotalWord(string word) => _total.Match(word) is { Success: true } m && m.Index == 0 && m.Length == word.Length;

    /// <summary>The share the question asks: each side's, the total, or none (both asked, or neither).</summary>
    public Share Asked(Question q)
    {
        var asked = (_perEach.IsMatch(q.Text) ? Share.PerEach : Share.None) | (_total.IsMatch(q.Text) ? Share.Total : Share.None);
        return asked is Share.PerEach or Share.Total ? asked : Share.None;
    }

    /// <summary>The span's number is another share than the asked one: a phrase of the other share stands nearer it than to any other number, and none of the asked.</summary>
    public bool OfAnotherShare(Question q, string text, AnswerSpan span)
    {
        var asked = Asked(q);
        if (asked == Share.None) return false;
        var own = Of(text, span);
        return own != Share.None && (own & asked) == 0;
    }

    /// <summary>The shares whose phrases stand nearer the span's number than any other number of the text.</summary>
    public Share Of(string text, AnswerSpan span)
    {
        var cues = _perEach.Matches(text).Concat(_total.Matches(text)).ToList();
        // "each of the two sides", "екі бағытта барлығы": a number inside a phrase is the phrase's, no share of anything.
        var numbers = Numbers(text).Where(n => !cues.Any(c => c.Index < n.End && n.Start < c.Index + c.Length)).ToList();
        if (numbers.Count == 0) return Share.None;
        var share = Share.None;
        foreach (var (regex, kind) in new[] { (_perEach, Share.PerEach), (_total, Share.Total) })
            foreach (Match m in regex.Matches(text))
            {
                var nearest = numbers.MinBy(n => Distance(n.Start, n.End, m.Index, m.Index + m.Length));
                if (nearest.Start < span.End && span.Start < nearest.End) share |= kind;
            }
        return share;
    }

    /// <summary>The numbers of a text, one written twice ("three (3)", "3 (three)") as one.</summary>
    static List<(int Start, int End)> Numbers(string text)
    {
        var numbers = new List<(int Start, int End)>();
        foreach (var n in QuantityFinder.Find(text))
        {
            var (start, end) = (n.Index, n.Index + n.Number.Length);
            if (numbers.Count > 0 && numbers[^1].End <= start && text.AsSpan(numbers[^1].End, start - numbers[^1].End).Trim(" \u00A0(").IsEmpty)
            {
                var last = numbers[^1];
                numbers[^1] = (last.Start, end);
                continue;
            }
            numbers.Add((start, end));
        }
        return numbers;
    }

    static int Distance(int a, int b, int c, int d) => b <= c ? c - b : d <= a ? a - d : 0;


    public sealed record ShareFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("per_each")] Dictionary<string, List<string>> PerEach,
        [property: System.Text.Json.Serialization.JsonPropertyName("total")] Dictionary<string, List<string>> Total,
        [property: System.Text.Json.Serialization.JsonPropertyName("mostly")] Dictionary<string, List<string>> Mostly);
}
