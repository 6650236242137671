using Bot.TelegramSimulator.Faults;

namespace Bot.TelegramSimulator;

/// <summary>
/// Failures the simulator injects, changeable while the bot runs. Checked in this order on every call: the one-shot
/// queue (<see cref="FailNext"/>), random 5xx, a slow reply, then per chat: blocked (403), migrated (400), flood
/// limits (429, only when <see cref="RateLimitsEnabled"/>).
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock _lock = new();
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<long, long> _migrated = [];
    private readonly Dictionary<string, Queue<SimulatedError>> _scheduled = new(StringComparer.OrdinalIgnoreCase);
    private RateLimiter _limiter = new();
    private RandomFault? _serverErrors;
    private (RandomFault Fault, TimeSpan Delay)? _slowReplies;
    private (HashSet<string> Methods, TimeSpan Delay)? _lateAnswers;

    /// <summary>Off by default so that ordinary tests never meet a 429.</summary>
    public bool RateLimitsEnabled { get; set; }

    public int GlobalMessagesPerSecond { get; set; } = 30;

    public int PrivateChatMessagesPerSecond { get; set; } = 1;

    public int GroupChatMessagesPerMinute { get; set; } = 20;

    /// <summary>Every call that targets the chat gets 403, as after the user blocked the bot.</summary>
    public void BlockChat(long chatId)
    {
        lock (_lock) _blocked.Add(chatId);
    }

    public void UnblockChat(long chatId)
    {
        lock (_lock) _blocked.Remove(chatId);
    }

    /// <summary>Every call that targets the group gets 400 with parameters.migrate_to_chat_id.</summary>
    public void MigrateChat(long groupChatId, long supergroupChatId)
    {
        lock (_lock) _migrated[groupChatId] = supergroupChatId;
    }

    /// <summary>The share (0..1) of calls that get 502 Bad Gateway; no methods named means every method.</summary>
    public void SetServerErrorRate(double probability, int seed, params string[] methods)
    {
        lock (_lock) _serverErrors = probability > 0 ? new RandomFault(probability, seed, methods) : null;
    }

    /// <summary>The share (0..1) of calls answered only after <paramref name="delay"/>.</summary>
    public void SetSlowReplies(double probability, TimeSpan delay, int seed, params string[] methods)
    {
        lock (_lock) _slowReplies = probability > 0 ? (new RandomFault(probability, seed, methods), delay) : null;
    }

    /// <summary>
    /// Calls to <paramref name="methods"/> take effect at once (a message is sent) but are answered only after
    /// <paramref name="delay"/>: a bot that dies meanwhile never learns that Telegram accepted them.
    /// </summary>
    public void SetLateAnswers(TimeSpan delay, params string[] methods)
    {
        lock (_lock) _lateAnswers = methods.Length > 0 ? (new HashSet<string>(methods, StringComparer.OrdinalIgnoreCase), delay) : null;
    }

    /// <summary>The next <paramref name="count"/> calls to <paramref name="method"/> fail with <paramref name="error"/>.</summary>
    public void FailNext(string method, int count, SimulatedError error)
    {
        lock (_lock)
        {
            var queue = _scheduled.TryGetValue(method, out var q) ? q : _scheduled[method] = new Queue<SimulatedError>();
            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(error);
            }
        }
    }

    /// <summary>Back to no faults at all.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _blocked.Clear();
            _migrated.Clear();
            _scheduled.Clear();
            _limiter = new RateLimiter();
            _serverErrors = null;
            _slowReplies = null;
            _lateAnswers = null;
            RateLimitsEnabled = false;
        }
    }

    internal SimulatedError? TakeCallFailure(string method)
    {
        lock (_lock)
        {
            if (_scheduled.TryGetValue(method, out var queue) && queue.TryDequeue(out var error))
            {
                return error;
            }

            return _serverErrors?.Strikes(method) == true ? SimulatedError.BadGateway : null;
        }
    }

    internal TimeSpan? SlowReplyDelay(string method)
    {
        lock (_lock) return _slowReplies is { } slow && slow.Fault.Strikes(method) ? slow.Delay : null;
    }

    internal TimeSpan? LateAnswerDelay(string method)
    {
        lock (_lock) return _lateAnswers is { } late && late.Methods.Contains(method) ? late.Delay : null;
    }

    internal SimulatedError? CheckChat(long chatId, string chatType)
    {
        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return chatType == "private" ? SimulatedError.BlockedByUser : new SimulatedError(403, $"Forbidden: bot was kicked from the {chatType} chat");
            }

            return _migrated.TryGetValue(chatId, out var target) ? SimulatedError.MigratedTo(target) : null;
        }
    }

    internal SimulatedError? TryAcquireSend(long chatId, bool isPrivate, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!RateLimitsEnabled)
            {
                return null;
            }

            var limits = new RateLimits(GlobalMessagesPerSecond, PrivateChatMessagesPerSecond, GroupChatMessagesPerMinute);
            var wait = _limiter.TryAcquire(chatId, isPrivate, limits, now);
            return wait is { } seconds ? SimulatedError.TooManyRequests(seconds) : null;
        }
    }
}
