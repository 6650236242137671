namespace Bot.TelegramSimulator.Faults;

/// <summary>
/// Telegram's published flood limits: about 30 messages a second overall, 1 a second per private chat and 20 a
/// minute per group. A refused send is not counted, as a bot that backs off must get through afterwards.
/// </summary>
internal sealed class RateLimiter
{
    private readonly SlidingWindow _global = new();
    private readonly Dictionary<long, SlidingWindow> _perChat = [];

    public int? TryAcquire(long chatId, bool isPrivate, RateLimits limits, DateTimeOffset now)
    {
        var chat = _perChat.TryGetValue(chatId, out var window) ? window : _perChat[chatId] = new SlidingWindow();
        var chatWait = isPrivate
            ? chat.RetryAfter(now, limits.PrivateChatMessagesPerSecond, TimeSpan.FromSeconds(1))
            : chat.RetryAfter(now, limits.GroupChatMessagesPerMinute, TimeSpan.FromMinutes(1));
        var globalWait = _global.RetryAfter(now, limits.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1));
        if (chatWait is not null || globalWait is not null)
        {
            return Math.Max(chatWait ?? 0, globalWait ?? 0);
        }

        chat.Add(now);
        _global.Add(now);
        return null;
    }
}
