namespace Bot.Bench;

/// <summary>One timed question: its text, what it asks for (figure, agreement, passage, unanswerable) and its language.</summary>
internal sealed record BenchQuestion(string Text, string Category, string Lang);
