using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "В Павлодар работи центърът „Здравец“, ръководен от Валентина Шатова, а в Астана – центърът „Злата“": a sentence
/// telling of two named bodies gives each its own part ("…, а …", "…, and …", "…; …"), and a person belongs to the body
/// named in their part. Asked who heads «Злата», the person in the part of „Здравец“ heads another body; asked of
/// „Здравец“, she is the answer.
/// </summary>
public static class PartOfName
{
    /// <summary>
    /// The person stands in a part of the sentence quoting another name than the question's, while another part quotes the
    /// question's: the person is that other body's. A sentence whose parts quote no name, or one name only, tells nothing apart.
    /// </summary>
    public static bool OfAnother(Question q, string sentence, AnswerSpan span)
    {
        if (span.Type != AnswerType.Person || sentence.Length == 0 || !QuotedNames.In(q.Text).Any()) return false;
        var quoted = QuotedNames.In(sentence).ToList();
        if (quoted.Count < 2) return false;
        var (start, end) = Part(sentence, span.Start);
        bool Inside(int at) => at >= start && at < end;
        var own = quoted.Where(n => Inside(n.Start)).ToList();
        if (own.Count == 0 || own.Any(n => ConstraintCheck.QuotesAsked(q, n.Name))) return false;
        return quoted.Any(n => !Inside(n.Start) && ConstraintCheck.QuotesAsked(q, n.Name));
    }

    /// <summary>
    /// The part of the sentence holding <paramref name="at"/>: between semicolons, and commas a joining word follows
    /// ("…, а в Астана …", "…, and Petrov, …", "…, ал …"; <see cref="SpanWords.ClauseJoiners"/>).
    /// </summary>
    static (int Start, int End) Part(string sentence, int at)
    {
        var start = 0;
        var end = sentence.Length;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!Breaks(sentence, i)) continue;
            if (i < at) start = i + 1;
            else
            {
                end = i;
                break;
            }
        }
        return (start, end);
    }

    static bool Breaks(string sentence, int i)
    {
        if (sentence[i] == ';') return true;
        if (sentence[i] != ',') return false;
        var position = i + 1;
        return Tokenizer.Next(sentence, ref position, out var start, out var length)
            && SpanWords.Default.ClauseJoiners.Contains(TextNormalizer.Fold(sentence.Substring(start, length)));
    }
}
