using System.Text.Json;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Webhook;

/// <summary>
/// Updates accepted by the webhook endpoint, waiting for the processor in the store's inbox (<see cref="UpdateInbox"/>):
/// Telegram gets its 200 only once the update is written there, so a crash before it is handled loses nothing. An update
/// Telegram sends again while it is still waiting is kept once.
/// </summary>
public sealed class WebhookInbox(UpdateInbox store, ILogger<WebhookInbox> logger) : IDisposable
{
    readonly SemaphoreSlim _arrived = new(0, 1);

    /// <returns>false when the store stayed busy past its timeout: Telegram, answered 503, delivers the update again later.</returns>
    public bool TryAccept(Update update)
    {
        try
        {
            store.Add(update.Id, JsonSerializer.Serialize(update, JsonBotAPI.Options));
        }
        catch (Exception e) when (StoreBusy.IsBusy(e))
        {
            logger.LogWarning("The store is busy; webhook update {UpdateId} is refused with 503 for Telegram to deliver again", update.Id);
            return false;
        }
        try { _arrived.Release(); }
        catch (SemaphoreFullException) { /* the processor is already woken */ }
        return true;
    }

    /// <summary>The oldest waiting updates; one whose stored text no longer reads as an update is null (and is dropped).</summary>
    public List<(long Id, Update? Update)> Waiting(int limit) =>
        [.. store.Waiting(limit).Select(row => (row.UpdateId, Read(row)))];

    /// <summary>Waits for a new update, or at most <paramref name="timeout"/> (updates another process stored are found then).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _arrived.WaitAsync(timeout, ct);

    Update? Read(InboxRow row)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(row.Body, JsonBotAPI.Options);
        }
        catch (JsonException e)
        {
            logger.LogWarning("Webhook update {UpdateId} in the inbox cannot be read ({Reason}); it is dropped", row.UpdateId, e.Message);
            return null;
        }
    }

    public void Dispose() => _arrived.Dispose();
}
