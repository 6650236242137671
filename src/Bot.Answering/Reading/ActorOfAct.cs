using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who appointed Vodenski ambassador?" asks for the one who did the act (<see cref="Question.AsksActor"/>). The actor
/// stands right before the act or its decree, in the same clause ("Президентът Румен Радев подписа укази", "President
/// Tokayev appointed", "Тоқаевтың Жарлығымен", "с указ на президента Радев Воденски е назначен"), or right after it
/// ("appointed by President Radev", "указом Президента Токаева"). Someone the act was done to is written apart from it,
/// behind a comma ("Боян Хаджиев, който беше освободен със същия пакет укази") or in another item of a list of
/// appointments: a weak answer, however near the act word.
/// </summary>
public static class ActorOfAct
{
    // "Президентът Румен Радев подписа укази": the act within a few words after the actor's name.
    const int BeforeReach = 4;

    // "appointed by decree of President Rumen Radev", "указом Президента Республики Казахстан Токаева".
    const int AfterReach = 6;

    const double AwayFromTheAct = 0.3;

    static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:—–()");

    /// <param name="anchors">Where the words of the act or its decree stand in the text (character offsets).</param>
    public static double Factor(Question q, string text, AnswerSpan span, IReadOnlyList<int> anchors)
    {
        if (!q.AsksActor || span.Type != AnswerType.Person) return 1;
        foreach (var at in anchors)
        {
            if (at >= span.End && Joined(text, span.End, at, BeforeReach)) return 1;
            // The gap after the act starts at its own word, which is counted with it.
            if (at < span.Start && Joined(text, at, span.Start, AfterReach + 1)) return 1;
        }
        return AwayFromTheAct;
    }

    /// <summary>No clause break and at most <paramref name="reach"/> words between the two offsets.</summary>
    static bool Joined(string text, int from, int to, int reach)
    {
        if (to > text.Length || from > to) return false;
        var between = text.AsSpan(from, to - from);
        if (between.IndexOfAny(ClauseBreaks) >= 0) return false;
        var words = 0;
        var position = 0;
        while (Tokenizer.Next(between, ref position, out _, out _) && words <= reach) words++;
        return words <= reach;
    }
}
