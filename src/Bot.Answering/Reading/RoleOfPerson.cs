using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "…, тренер Станимир Стоилов и боксёр Кубрат Пулев": in a list of guests each name has its own role word just before it.
/// Asked "which boxer", the name whose own role word is another one ("тренер") is not the answer, however near it stands
/// to the word "боксёр".
/// </summary>
public static class RoleOfPerson
{
    // "боксёр Кубрат Пулев", "the boxer Kubrat Pulev": the role word stands within a few words before the name.
    const int RoleReach = 2;

    // A person given another role than the asked one answers far less well.
    const double OtherRole = 0.3;

    /// <param name="heads">Where the words of the asked role stand in the sentence (character offsets).</param>
    public static double Factor(string sentence, AnswerSpan span, IReadOnlyList<int> heads)
    {
        if (heads.Count == 0) return 1;
        var before = new List<(int Start, string Word)>();
        var position = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out var length) && start < span.Start)
            before.Add((start, TextNormalizer.Fold(sentence.Substring(start, length))));
        foreach (var (start, word) in Enumerable.Reverse(before).Take(RoleReach))
        {
            if (heads.Contains(start)) return 1;
            if (QuestionConditions.Default.PersonRoles.Contains(word)) return OtherRole;
        }
        return 1;
    }
}
