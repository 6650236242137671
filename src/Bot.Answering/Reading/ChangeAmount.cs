using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "The cost rose by $2.5 million to $14 million": the first amount is how much the thing changed, the second what it
/// came to. A question for the level ("how much does it cost") is not answered by the change, and one asking by how much
/// something grew is answered by it first. A change is an amount after a word of growth or decline and a marker ("rose
/// by", "выросла на", "нарасна с"), or, in Kazakh, one the verb follows ("2,5 млн долларға өсті").
/// </summary>
public static class ChangeAmount
{
    // A change where a level is asked, or a level where a change is asked, answers for this much of the other.
    const double OtherKind = 0.4;

    static readonly string[] Concepts = ["growth", "increase", "decrease"];

    // How many words before its marker the word of growth or decline may stand ("rose sharply by").
    const int VerbReach = 2;

    /// <summary>1 for a span of the kind of value asked (a change for a growth question, a level otherwise), less for the other kind.</summary>
    public static double Factor(Question q, string sentence, AnswerSpan span)
    {
        if (span.Type is not (AnswerType.Amount or AnswerType.Count)) return 1;
        return Is(sentence, span) == q.Has("growth") ? 1 : OtherKind;
    }

    /// <summary>The amount is the size of a change the sentence states.</summary>
    public static bool Is(string sentence, AnswerSpan span)
    {
        var before = Words(sentence, 0, span.Start);
        if (before.Count >= 2 && SpanWords.Default.ChangeMarkers.Contains(before[^1])
            && before.SkipLast(1).TakeLast(VerbReach).Any(IsChangeWord)) return true;
        var after = Words(sentence, span.End, sentence.Length);
        return after.Count > 0 && IsChangeWord(after[0]) && !IsChangeWord(before.LastOrDefault() ?? "");
    }

    static bool IsChangeWord(string folded) => DomainLexicon.Default.ConceptsOfWord(folded).Any(c => Array.IndexOf(Concepts, c) >= 0);

    static List<string> Words(string sentence, int from, int to)
    {
        var words = new List<string>();
        var position = from;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < to)
            if (start + length <= to) words.Add(TextNormalizer.Fold(sentence.Substring(start, length)));
        return words;
    }
}
