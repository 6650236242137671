namespace Bot.TelegramSimulator.State;

/// <summary>Injected callback queries and whether the bot has answered each; Telegram takes one answer per query.</summary>
internal sealed class CallbackRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, bool> _answered = new(StringComparer.Ordinal);

    public void Register(string callbackQueryId)
    {
        lock (_lock) _answered[callbackQueryId] = false;
    }

    /// <summary>False when the id is unknown or was answered already.</summary>
    public bool TryAnswer(string callbackQueryId)
    {
        lock (_lock)
        {
            if (!_answered.TryGetValue(callbackQueryId, out var answered) || answered)
            {
                return false;
            }

            _answered[callbackQueryId] = true;
            return true;
        }
    }
}
