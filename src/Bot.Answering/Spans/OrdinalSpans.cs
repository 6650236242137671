using System.Text.RegularExpressions;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// Ordinals a sentence states, the answer to "каким по счёту", "кой по ред", "нешінші": "the 29th twin city", "29-м",
/// "the fifth", "двадцать девятым". A day of a month ("9th of June", "5-го июня") is a date, not a place in an order.
/// </summary>
public sealed partial class OrdinalSpans(SpanWords words)
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})-?(?<suffix>\p{L}{1,5})$")]
    private static partial Regex DigitsWithEnding();

    public IEnumerable<AnswerSpan> Find(string text)
    {
        var tokens = Token().Matches(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = TextNormalizer.Fold(tokens[i].Value);
            if (Neighbour(tokens, i - 1) is { } before && CalendarWords.Month(before) is not null) continue;
            if (Neighbour(tokens, i + 1) is { } after && CalendarWords.Month(after) is not null) continue;
            var start = tokens[i].Index;
            if (TopOf(tokens, i) is { } top)
            {
                yield return top;
                continue;
            }
            if (Value(folded) is not { } n) continue;
            // "двадцать девятым", "twenty-ninth": the tens written before the ordinal belong to it.
            if (n < 10 && Neighbour(tokens, i - 1) is { } tens && CalendarWords.SmallNumber(tens) is { } t && t >= 20 && t % 10 == 0 && !tens.Any(char.IsDigit))
            {
                n += t;
                start = tokens[i - 1].Index;
            }
            yield return new AnswerSpan(AnswerType.Ordinal, text[start..tokens[i].Index] + tokens[i].Value, start, tokens[i].Index + tokens[i].Length - start) { Value = n };
        }
    }

    /// <summary>
    /// A rank stated as a number after a word for the top of a list: "among the top 15", "в топ-10", "сред първите 15",
    /// "алғашқы 15" (conditions.json "top_words").
    /// </summary>
    /// <summary>The qualifier of a rank among the first n ("top 15"), not the n-th place.</summary>
    public const string Top = "top";

    static AnswerSpan? TopOf(List<Match> tokens, int i)
    {
        var top = QuestionConditions.Default.TopWords;
        var parts = TextNormalizer.Fold(tokens[i].Value).Split('-');
        if (parts.Length == 2 && top.Contains(parts[0]) && Number(parts[1]) is { } joined)
            return new AnswerSpan(AnswerType.Ordinal, tokens[i].Value, tokens[i].Index, tokens[i].Length) { Value = joined, Qualifier = Top };
        if (parts.Length != 1 || !top.Contains(parts[0]) || Neighbour(tokens, i + 1) is not { } next || Number(next) is not { } n) return null;
        var end = tokens[i + 1].Index + tokens[i + 1].Length;
        return new AnswerSpan(AnswerType.Ordinal, string.Join(' ', tokens[i].Value, tokens[i + 1].Value), tokens[i].Index, end - tokens[i].Index) { Value = n, Qualifier = Top };
    }

    static int? Number(string folded) =>
        folded.Length is > 0 and <= 3 && folded.All(char.IsAsciiDigit) ? int.Parse(folded, System.Globalization.CultureInfo.InvariantCulture) : CalendarWords.SmallNumber(folded);

    /// <summary>The ordinal a word writes: digits with an ordinal ending ("29th", "29-м", "29-шы"), or an ordinal word; compounds by their last part.</summary>
    int? Value(string folded)
    {
        if (DigitsWithEnding().Match(folded) is { Success: true } digits)
            return words.OrdinalSuffixes.Contains(digits.Groups["suffix"].Value) ? int.Parse(digits.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (folded.Any(char.IsDigit)) return null;
        var parts = folded.Split('-');
        if (parts.Length == 2 && CalendarWords.SmallNumber(parts[0]) is { } tens && tens >= 20 && tens % 10 == 0 && CalendarWords.Ordinal(parts[1]) is { } unit and < 10)
            return tens + unit;
        return parts.Length == 1 ? CalendarWords.Ordinal(folded) : null;
    }

    static string? Neighbour(List<Match> tokens, int i) => i >= 0 && i < tokens.Count ? TextNormalizer.Fold(tokens[i].Value) : null;
}
