using Bot.TelegramSimulator.Recording;

namespace Bot.TelegramSimulator.State;

/// <summary>Command lists by scope and language, as setMyCommands leaves them.</summary>
internal sealed class CommandRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<CommandScopeKey, IReadOnlyList<BotCommandEntry>> _lists = [];

    public void Set(CommandScopeKey key, IReadOnlyList<BotCommandEntry> commands)
    {
        lock (_lock)
        {
            if (commands.Count == 0)
            {
                _lists.Remove(key);
            }
            else
            {
                _lists[key] = commands;
            }
        }
    }

    public IReadOnlyList<BotCommandEntry> Get(CommandScopeKey key)
    {
        lock (_lock) return _lists.GetValueOrDefault(key) ?? [];
    }

    public IReadOnlyDictionary<CommandScopeKey, IReadOnlyList<BotCommandEntry>> Snapshot()
    {
        lock (_lock) return new Dictionary<CommandScopeKey, IReadOnlyList<BotCommandEntry>>(_lists);
    }
}
