using System.Text.Json.Nodes;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Updates;

/// <summary>
/// Updates kept until the bot confirms them with a higher getUpdates offset, as Telegram keeps them: a bot process that
/// dies before confirming gets the same updates again after a restart.
/// </summary>
internal sealed class UpdateQueue
{
    // Telegram leaves these out unless a bot asks for them by name in allowed_updates.
    private static readonly string[] OptInTypes = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _lock = new();
    private readonly List<PendingUpdate> _pending = [];
    private HashSet<string>? _allowed;
    private int _lastId = 100_000;
    private long _pollGeneration;

    public ChangeSignal Changed { get; } = new();

    public int PendingCount
    {
        get { lock (_lock) return _pending.Count; }
    }

    public int Enqueue(string type, JsonObject payload)
    {
        int id;
        lock (_lock)
        {
            id = ++_lastId;
            var update = new JsonObject { ["update_id"] = id, [type] = payload };
            _pending.Add(new PendingUpdate(id, type, update.ToJsonString(WireJson.Options)));
        }

        Changed.Pulse();
        return id;
    }

    /// <summary>A positive offset forgets the updates below it; a negative one keeps only the last -offset.</summary>
    public void Confirm(int offset)
    {
        lock (_lock)
        {
            if (offset > 0)
            {
                _pending.RemoveAll(u => u.UpdateId < offset);
            }
            else if (offset < 0 && _pending.Count > -offset)
            {
                _pending.RemoveRange(0, _pending.Count + offset);
            }
        }
    }

    /// <summary>Forgets one update, once the webhook took it.</summary>
    public void Remove(int updateId)
    {
        lock (_lock) _pending.RemoveAll(u => u.UpdateId == updateId);
    }

    public void DropAll()
    {
        lock (_lock) _pending.Clear();
    }

    /// <summary>An empty list means Telegram's default set, as in the Bot API.</summary>
    public void SetAllowedTypes(IReadOnlyCollection<string> types)
    {
        lock (_lock) _allowed = types.Count == 0 ? null : new HashSet<string>(types, StringComparer.Ordinal);
    }

    /// <summary>Starts a poll; an older poll still waiting loses, as with two bot instances polling at once.</summary>
    public long BeginPoll()
    {
        long generation;
        lock (_lock) generation = ++_pollGeneration;
        Changed.Pulse();
        return generation;
    }

    public bool IsLatestPoll(long generation)
    {
        lock (_lock) return generation == _pollGeneration;
    }

    /// <summary>The first updates the bot is allowed to see; those of types it excluded are dropped, never delivered.</summary>
    public IReadOnlyList<PendingUpdate> Peek(int limit)
    {
        lock (_lock)
        {
            _pending.RemoveAll(u => !IsAllowed(u.Type));
            return _pending.Take(limit).ToList();
        }
    }

    private bool IsAllowed(string type) => _allowed?.Contains(type) ?? !OptInTypes.Contains(type);
}
