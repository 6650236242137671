using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Records that an update was handled (just before its reply is sent), the polling offset, and a webhook update's leaving
/// the inbox. A store that stays busy (an `ingest` or a backup holding the write lock) must not end the worker: the
/// write is tried again while the store is busy, and if it still fails the bot goes on with a warning — the worst case
/// is that the update is answered once more after a restart, never that later updates go unanswered.
/// </summary>
public sealed class LedgerRecorder(UpdateLedger ledger, UpdateInbox inbox, TimeProvider clock, ILogger<LedgerRecorder> logger)
{
    /// <summary>Tries in all; each busy attempt already waited out the store's busy timeout.</summary>
    public const int Attempts = 4;

    public Task MarkHandledAsync(long updateId, CancellationToken ct) =>
        RecordAsync(() => ledger.MarkHandled(updateId), "update", updateId, ct);

    public Task ConfirmAsync(long offset, CancellationToken ct) =>
        RecordAsync(() => ledger.Confirm(offset), "polling offset", offset, ct);

    /// <returns>false when the store stayed busy: the update is still in the inbox, and already in the ledger.</returns>
    public Task<bool> ForgetAsync(long updateId, CancellationToken ct) =>
        RecordAsync(() => inbox.Remove(updateId), "the inbox's update", updateId, ct);

    async Task<bool> RecordAsync(Action write, string what, long id, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                write();
                return true;
            }
            catch (Exception e) when (StoreBusy.IsBusy(e) && attempt < Attempts)
            {
                logger.LogWarning("The store is busy; recording {What} {Id} is tried again (attempt {Attempt} of {Attempts})", what, id, attempt + 1, Attempts);
                await Task.Delay(TimeSpan.FromSeconds(1 << (attempt - 1)), clock, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Could not record {What} {Id} as handled ({Reason}); the bot goes on, and after a restart it may be handled again",
                    what, id, e.GetType().Name + ": " + e.Message);
                return false;
            }
        }
    }
}
