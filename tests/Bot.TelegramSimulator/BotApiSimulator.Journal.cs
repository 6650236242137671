using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator;

/// <summary>What the bot did, as snapshots, counters and waits that block until it happened.</summary>
public sealed partial class BotApiSimulator
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    public IReadOnlyList<SentMessage> Sent => _state.Journal.Messages.Snapshot();
    public IReadOnlyList<SentPhoto> Photos => _state.Journal.Photos.Snapshot();
    public IReadOnlyList<SentDocument> Documents => _state.Journal.Documents.Snapshot();
    public IReadOnlyList<SentChatAction> ChatActions => _state.Journal.ChatActions.Snapshot();
    public IReadOnlyList<CallbackAnswer> CallbackAnswers => _state.Journal.CallbackAnswers.Snapshot();
    public IReadOnlyList<MessageEdit> Edits => _state.Journal.Edits.Snapshot();
    public IReadOnlyList<DeletedMessage> DeletedMessages => _state.Journal.Deletions.Snapshot();

    /// <summary>Every attempt to POST an update to the webhook, failed ones included.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries => _state.Journal.WebhookDeliveries.Snapshot();

    /// <summary>Calls carried out whose answer the bot never got (see <see cref="UnansweredCall"/>).</summary>
    public IReadOnlyList<UnansweredCall> Unanswered => _state.Journal.Unanswered.Snapshot();

    public IReadOnlyDictionary<CommandScopeKey, IReadOnlyList<BotCommandEntry>> RegisteredCommands => _state.Commands.Snapshot();

    /// <summary>Replies with error code 429 so far, whether from flood limits or from <see cref="SimulatorFaults.FailNext"/>.</summary>
    public int Count429 => _state.Calls.Errors(429);
    public int Count403 => _state.Calls.Errors(403);
    public IReadOnlyDictionary<string, int> CallCounts => _state.Calls.CallsSnapshot();

    /// <summary>Calls to a method so far, failed ones included (method names are case-insensitive).</summary>
    public int CallCount(string method) => _state.Calls.Calls(method);

    /// <summary>The command list set for this language ("" = all) and scope type ("default", "all_private_chats", ...).</summary>
    public IReadOnlyList<BotCommandEntry> CommandsFor(string languageCode = "", string scopeType = "default") =>
        _state.Commands.Get(new CommandScopeKey(scopeType, languageCode));

    /// <summary>
    /// Waits (without polling) until <paramref name="count"/> sent messages match, and returns them; throws
    /// <see cref="TimeoutException"/> listing everything sent when they do not come within the timeout (default 10 s).
    /// </summary>
    public Task<IReadOnlyList<SentMessage>> WaitForSentAsync(
        Func<SentMessage, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.Messages.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    public Task<IReadOnlyList<SentPhoto>> WaitForPhotosAsync(
        Func<SentPhoto, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.Photos.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    public Task<IReadOnlyList<SentDocument>> WaitForDocumentsAsync(
        Func<SentDocument, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.Documents.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    public Task<IReadOnlyList<MessageEdit>> WaitForEditsAsync(
        Func<MessageEdit, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.Edits.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    public Task<IReadOnlyList<CallbackAnswer>> WaitForCallbackAnswersAsync(
        Func<CallbackAnswer, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.CallbackAnswers.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    public Task<IReadOnlyList<WebhookDelivery>> WaitForWebhookDeliveriesAsync(
        Func<WebhookDelivery, bool>? predicate = null, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _state.Journal.WebhookDeliveries.WaitAsync(predicate ?? (_ => true), count, timeout ?? DefaultWait, cancellationToken);

    /// <summary>Waits until <paramref name="method"/> has been called <paramref name="count"/> times, e.g. the bot's first getUpdates.</summary>
    public async Task WaitForCallsAsync(string method, int count = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            var pulse = _state.Calls.Changed.Current;
            if (CallCount(method) >= count)
            {
                return;
            }

            if (!await ChangeSignal.WaitAsync(pulse, deadline - DateTimeOffset.UtcNow, cancellationToken))
            {
                throw new TimeoutException($"Waited for {count} call(s) to {method}, saw {CallCount(method)}.");
            }
        }
    }
}
