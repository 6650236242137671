namespace Bot.TelegramSimulator.Faults;

/// <summary>The flood limits in force when rate limiting is switched on.</summary>
internal sealed record RateLimits(int GlobalMessagesPerSecond, int PrivateChatMessagesPerSecond, int GroupChatMessagesPerMinute);
