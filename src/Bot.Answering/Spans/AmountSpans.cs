using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Spans;

/// <summary>Money amounts a sentence states ("around $1 billion", "над 117 млн. долара"), with their hedge.</summary>
public sealed class AmountSpans(QualifierWords qualifiers)
{
    public IEnumerable<AnswerSpan> Find(string text) =>
        MoneyFinder.Find(text).Select(a => new AnswerSpan(AnswerType.Amount, text.Substring(a.Index, a.Length), a.Index, a.Length)
        {
            Value = a.Value, Scale = a.Scale, Unit = a.Unit,
            Qualifier = qualifiers.Before(text, a.Index) ?? qualifiers.After(text, a.Index + a.Length),
        });
}
