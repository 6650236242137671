namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// A call the simulator carried out (a sendMessage is in <see cref="BotApiSimulator.Sent"/>) whose answer never reached
/// the bot: the simulator stopped, or the bot hung up, before it was written. The bot cannot know it took effect, so
/// sending it again is the bot's only safe choice — a test may count such a resend as expected.
/// </summary>
public sealed record UnansweredCall(string Method, long? ChatId, DateTimeOffset Timestamp);
