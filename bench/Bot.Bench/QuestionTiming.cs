using Bot.Answering.Composing;

namespace Bot.Bench;

/// <summary>
/// One timed answer: the question, how long it took (wall and the answering thread's CPU) and the answer that came back.
/// </summary>
internal sealed record QuestionTiming(BenchQuestion Question, double Ms, AnswerKind Kind)
{
    public double CpuMs { get; init; }
    public Answer? Answer { get; init; }
}
