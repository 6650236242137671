using System.Text.RegularExpressions;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// Counts a sentence states of the thing the question counts: a number (digits or a word) followed at once by one of the
/// words the question counts ("nearly 60 companies", "пять документов", "бес құжатқа"), the more of them within three
/// words the surer. "70 scholarships for engineering students" counts scholarships, not students.
/// </summary>
public sealed partial class CountSpans(SpanWords words, WordKeys keys, QualifierWords qualifiers)
{
    const int Reach = 3;

    // A number may carry a case ending after a hyphen ("140-қа жуық ұлт": nearly 140 nations).
    [GeneratedRegex(@"(?:\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:-\p{L}+)?|\p{L}[\p{L}\p{M}'’-]*")]
    private static partial Regex Token();

    /// <param name="counted">The words the question counts; without any, every number is a candidate of low confidence.</param>
    public IEnumerable<AnswerSpan> Find(string text, IReadOnlyList<QueryUnit> counted, IReadOnlyList<AnswerSpan> taken)
    {
        var tokens = Token().Matches(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = tokens[i];
            if (taken.Any(t => number.Index < t.End && t.Start < number.Index + number.Length)) continue;
            var (digits, ending) = Split(number.Value);
            if (ending is not null && words.OrdinalSuffixes.Contains(TextNormalizer.Fold(ending))) continue;
            if (NumberWords.Read(digits) is not { } value || IsYear(digits)) continue;
            if (counted.Count == 0)
            {
                yield return Span(text, number, number, value, 0.4);
                continue;
            }
            var following = tokens.Skip(i + 1).Where(t => !words.CountedSkip.Contains(TextNormalizer.Fold(t.Value))).Take(Reach).ToList();
            if (following.Count == 0 || Counts(following[0], counted) is null) continue;
            var matched = counted.Count(u => following.Any(t => Holds(t, u)));
            var last = following.Last(t => counted.Any(u => Holds(t, u)));
            yield return Span(text, number, last, value, (double)matched / counted.Count);
        }
    }

    QueryUnit? Counts(Match token, IReadOnlyList<QueryUnit> counted) => counted.FirstOrDefault(u => Holds(token, u));

    bool Holds(Match token, QueryUnit unit) => keys.Of(token.Value).All.Any(unit.Keys.Contains);

    AnswerSpan Span(string text, Match first, Match last, double value, double confidence) =>
        new(AnswerType.Count, text[first.Index..(last.Index + last.Length)], first.Index, last.Index + last.Length - first.Index)
        {
            Value = value, Confidence = confidence, Qualifier = qualifiers.Before(text, first.Index),
        };

    /// <summary>"140-қа" → ("140", "қа"); a word or a bare number has no ending.</summary>
    static (string Number, string? Ending) Split(string token)
    {
        var hyphen = char.IsDigit(token[0]) ? token.IndexOf('-', StringComparison.Ordinal) : -1;
        return hyphen < 0 ? (token, null) : (token[..hyphen], token[(hyphen + 1)..]);
    }

    static bool IsYear(string token) => token.Length == 4 && int.TryParse(token, out var y) && y is >= 1800 and <= 2100;
}
