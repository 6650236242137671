using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Spans;

/// <summary>Shares a sentence states: "about 40 percent", "77,3%", "5,5 процента", "40 пайыз".</summary>
public sealed class PercentSpans
{
    readonly Regex _pattern;
    readonly QualifierWords _qualifiers;

    public PercentSpans(DomainLexicon lexicon, QualifierWords qualifiers)
    {
        _qualifiers = qualifiers;
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?<n>\d+(?:[.,]\d+)?)\s*(?:%|(?:{WordAlternation.Of(lexicon.WordsOf("percent"))})(?![\p{{L}}]))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public IEnumerable<AnswerSpan> Find(string text)
    {
        foreach (Match m in _pattern.Matches(text))
            if (NumberParser.Parse(m.Groups["n"].Value) is { } value)
                yield return new AnswerSpan(AnswerType.Percent, m.Value, m.Index, m.Length)
                {
                    Value = value, Unit = "percent", Qualifier = _qualifiers.Before(text, m.Index),
                };
    }
}
