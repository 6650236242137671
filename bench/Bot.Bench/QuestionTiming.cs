using Bot.Answering.Composing;

namespace Bot.Bench;

/// <summary>One timed answer: the question, how long it took and what kind of answer came back.</summary>
internal sealed record QuestionTiming(BenchQuestion Question, double Ms, AnswerKind Kind);
