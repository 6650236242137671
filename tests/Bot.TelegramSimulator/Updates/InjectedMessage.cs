namespace Bot.TelegramSimulator.Updates;

/// <summary>What an injected user message became: its update id and its message id in the chat.</summary>
public sealed record InjectedMessage(int UpdateId, int MessageId);
