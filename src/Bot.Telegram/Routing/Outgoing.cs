using Bot.Telegram.Rendering;

namespace Bot.Telegram.Routing;

/// <summary>What handling an update produced: a reply and the chat it goes to. The dispatcher sends it once.</summary>
public sealed record Outgoing(long ChatId, Reply Reply);
