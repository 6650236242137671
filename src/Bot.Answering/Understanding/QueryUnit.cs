namespace Bot.Answering.Understanding;

/// <summary>One thing the question asks about (a word or a named entity) and every key that can stand for it in a text.</summary>
public sealed record QueryUnit(string Label, IReadOnlySet<string> Keys, bool IsEntity);
