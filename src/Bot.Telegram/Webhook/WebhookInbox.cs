using System.Threading.Channels;
using Telegram.Bot.Types;

namespace Bot.Telegram.Webhook;

/// <summary>
/// Updates accepted by the webhook endpoint, waiting for the processor. The endpoint answers Telegram as soon as
/// the update is queued; an update Telegram sends again while it is still queued is not queued twice.
/// </summary>
public sealed class WebhookInbox
{
    readonly Channel<Update> _queue = Channel.CreateBounded<Update>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });
    readonly HashSet<int> _queued = [];
    readonly Lock _lock = new();

    /// <returns>false when the update was already queued or the queue is full (Telegram then retries later).</returns>
    public bool TryAccept(Update update)
    {
        lock (_lock)
        {
            if (_queued.Contains(update.Id)) return true;
            if (!_queue.Writer.TryWrite(update)) return false;
            _queued.Add(update.Id);
            return true;
        }
    }

    public async IAsyncEnumerable<Update> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var update in _queue.Reader.ReadAllAsync(ct))
        {
            yield return update;
            lock (_lock) _queued.Remove(update.Id);
        }
    }
}
