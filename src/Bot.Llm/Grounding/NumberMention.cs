namespace Bot.Llm.Grounding;

/// <summary>A number as written in a text, with every value it can stand for ("1,234": 1234 or 1.234; "375,2 млн": 375.2 or 375 200 000).</summary>
public sealed record NumberMention(int Index, int Length, string Text, IReadOnlyList<double> Values);
