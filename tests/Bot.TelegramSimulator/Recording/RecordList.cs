using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Recording;

/// <summary>A thread-safe append-only list that tests can read, or wait on until enough matching items arrived.</summary>
internal sealed class RecordList<T>
{
    private readonly Lock _lock = new();
    private readonly List<T> _items = [];
    private readonly ChangeSignal _changed = new();

    public void Add(T item)
    {
        lock (_lock) _items.Add(item);
        _changed.Pulse();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock) return _items.ToList();
    }

    public async Task<IReadOnlyList<T>> WaitAsync(Func<T, bool> predicate, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var pulse = _changed.Current;
            var matches = Snapshot().Where(predicate).ToList();
            if (matches.Count >= count)
            {
                return matches.Take(count).ToList();
            }

            if (!await ChangeSignal.WaitAsync(pulse, deadline - DateTimeOffset.UtcNow, cancellationToken))
            {
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds:0.#} s for {count} matching {typeof(T).Name}(s), saw {matches.Count}; all recorded: "
                    + string.Join(" | ", Snapshot()));
            }
        }
    }
}
