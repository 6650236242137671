using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>Multiples a sentence states: "3.9 times", "в 48 раз", "в четыре раза", and single words ("elevenfold", "вчетверо").</summary>
public sealed class FactorSpans
{
    readonly Regex _numberThenTimes;
    readonly SpanWords _words;

    public FactorSpans(DomainLexicon lexicon, SpanWords words)
    {
        _words = words;
        var times = WordAlternation.Of(lexicon.WordsOf("times").Where(t => !words.Multiples.ContainsKey(t)));
        _numberThenTimes = new Regex($@"(?<![\p{{L}}\p{{N}}])(?<n>\d+(?:[.,]\d+)?|\p{{L}}+)\s*-?\s*(?:{times})(?![\p{{L}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public IEnumerable<AnswerSpan> Find(string text)
    {
        foreach (Match m in _numberThenTimes.Matches(text))
            if (NumberWords.Read(m.Groups["n"].Value) is { } value)
                yield return new AnswerSpan(AnswerType.Factor, m.Value, m.Index, m.Length) { Value = value };
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            if (_words.Multiples.TryGetValue(TextNormalizer.Fold(text.Substring(start, length)), out var multiple))
                yield return new AnswerSpan(AnswerType.Factor, text.Substring(start, length), start, length) { Value = multiple };
    }
}
