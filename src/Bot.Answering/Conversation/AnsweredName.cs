namespace Bot.Answering.Conversation;

/// <summary>A name an answer led with and its kind ("Place", "Organisation", "Name"): "that city" in a follow-up points at it.</summary>
public sealed record AnsweredName(string Kind, string Name);
