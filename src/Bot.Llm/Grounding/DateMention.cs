namespace Bot.Llm.Grounding;

/// <summary>A calendar day written in a text; the year is null when the text left it out ("on 9 June").</summary>
public sealed record DateMention(int Index, int Length, int? Year, int Month, int Day);
