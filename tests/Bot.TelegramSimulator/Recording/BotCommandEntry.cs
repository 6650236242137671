namespace Bot.TelegramSimulator.Recording;

/// <summary>One command of a setMyCommands list.</summary>
public sealed record BotCommandEntry(string Command, string Description);
