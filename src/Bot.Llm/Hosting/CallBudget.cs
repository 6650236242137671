using System.Globalization;
using Bot.Knowledge.Chats;

namespace Bot.Llm.Hosting;

/// <summary>
/// Requests to the model per UTC day, counted in the store so every process sharing it (the bot, a CLI `chat`) draws on
/// one budget and a restart does not refill it. Check-then-increment is not atomic: concurrent answers may overshoot by
/// a request or two, which a daily cost cap tolerates.
/// </summary>
public sealed class CallBudget(Counters counters, TimeProvider clock, Func<int> dailyLimit)
{
    public const string CounterPrefix = "llm_calls:";

    string Key => CounterPrefix + clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public long UsedToday => counters.Get(Key);

    public bool HasRemaining => UsedToday < dailyLimit();

    public bool TryTake()
    {
        var key = Key;
        if (counters.Get(key) >= dailyLimit()) return false;
        counters.Increment(key);
        return true;
    }
}
