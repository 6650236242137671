using System.Collections.Concurrent;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Scheduling;
using Bot.Knowledge.Search;
using Bot.Knowledge.Alerts;
using Bot.Knowledge.Observability;
using Bot.Knowledge.Storage;
using Bot.Telegram.Hosting;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Alerts;

/// <summary>
/// Drains the alert outbox: claims due rows (the claim marks the attempt before anything is sent), sends each card
/// paced under the global and per-chat limits, and records the outcome only from Telegram's answer. Rows left
/// "sending" by a crash are sent again at start (at-least-once; see the README for why).
/// </summary>
public sealed class AlertDeliveryWorker(
    AlertOutbox outbox, ChatDirectory chats, AgreementReader agreements, TelegramClientFactory clients, AlertSignal signal, DeliveryStats stats, TimeProvider clock,
    IOptions<AlertOptions> options, WorkerHeartbeats heartbeats, ILoggerFactory loggers) : BackgroundService
{
    readonly ILogger _logger = loggers.CreateLogger<AlertDeliveryWorker>();
    readonly ConcurrentDictionary<long, byte> _inFlight = new();
    readonly ConcurrentDictionary<long, DateTimeOffset> _quietUntil = new();
    readonly ConcurrentDictionary<long, DateTimeOffset> _nextAllowed = new();
    readonly ConcurrentDictionary<(long Agreement, string Lang), string> _cards = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        var recovered = false;
        // No automatic 429 retry inside the client: the outbox records the wait and the pacer honours it.
        var sender = new ReplySender(clients.Create(retryOnFlood: false), loggers.CreateLogger<ReplySender>());
        var pacer = new SendPacer(o.GlobalPerSecond, o.PacingMargin, clock);
        using var gate = new SemaphoreSlim(o.MaxConcurrentSends);
        var running = new ConcurrentDictionary<Task, byte>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                heartbeats.Beat(nameof(AlertDeliveryWorker), o.IdlePoll);
                List<OutboxRow> rows;
                DateTimeOffset? nextDue = null;
                try
                {
                    // Inside the retry, before the first claim: a store busy at start (an ingest holding it) delays the
                    // recovery, it does not end delivery (a dead worker: never ready, and exit 1 at the stop).
                    if (!recovered)
                    {
                        var count = outbox.RecoverInFlight();
                        if (count > 0) _logger.LogWarning("{Count} alert(s) were in flight when the bot stopped; sending them again", count);
                        recovered = true;
                    }
                    rows = outbox.ClaimDue(Math.Max(32, o.MaxConcurrentSends * 4), BusyChats());
                    if (rows.Count == 0) nextDue = outbox.NextDueAt();
                }
                catch (SQLite.SQLiteException e)
                {
                    // A busy or damaged store must not stop delivery for good: say so and try again shortly.
                    _logger.LogError(e, "Could not claim alerts from the outbox; retrying");
                    await Task.Delay(options.Value.IdlePoll, clock, stoppingToken);
                    continue;
                }
                if (rows.Count == 0)
                {
                    await IdleAsync(nextDue, stoppingToken);
                    continue;
                }
                for (var i = 0; i < rows.Count; i++)
                {
                    try
                    {
                        await gate.WaitAsync(stoppingToken);
                        await pacer.WaitTurnAsync(stoppingToken);
                    }
                    catch (OperationCanceledException)
                    {
                        // Claimed but never sent: make them due again now rather than leave them looking in flight.
                        ReleaseUnsent(rows.Skip(i));
                        throw;
                    }
                    var row = rows[i];
                    _inFlight[row.ChatId] = 0;
                    // Off the pacing loop: the loop only keeps time, so a slow send or store call never delays the next slot.
                    var task = Task.Run(() => DeliverAsync(sender, pacer, row, gate), CancellationToken.None);
                    running[task] = 0;
                    _ = task.ContinueWith(t => running.TryRemove(t, out _), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            // Requests already on the wire are allowed to finish so their outcome is recorded, not guessed at restart.
            await Task.WhenAll(running.Keys);
        }
    }

    async Task DeliverAsync(ReplySender sender, SendPacer pacer, OutboxRow row, SemaphoreSlim gate)
    {
        var o = options.Value;
        try
        {
            var chat = chats.Get(row.ChatId);
            if (chat is null || !chat.Active)
            {
                outbox.Dead(row.Id, "chat is not active");
                return;
            }
            var now = clock.GetUtcNow();
            var quiet = QuietHours.IsQuiet(chat, now);
            if (quiet && QuietHours.Holds(chat))
            {
                var end = QuietHours.End(chat, now);
                _quietUntil[row.ChatId] = end;
                outbox.Retry(row.Id, end - now, "held for quiet hours");
                return;
            }
            var card = Card(row.AgreementId, chat.Language ?? chat.SeenLanguage ?? "en");
            if (card is null)
            {
                outbox.Dead(row.Id, "agreement no longer in the store");
                return;
            }
            var reply = Reply.Text(card) with { Silent = quiet };
            using var timeout = new CancellationTokenSource(o.SendTimeout);
            var message = await sender.SendAsync(row.ChatId, reply, timeout.Token);
            stats.OnSent();
            _nextAllowed[row.ChatId] = clock.GetUtcNow() + (chat.Type == "private" ? o.PerChatInterval : o.PerGroupInterval);
            // Sent: from here on nothing may count as a failed send, or the card would go out again.
            await RecordSentAsync(row, message?.MessageId ?? 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            OnFailure(pacer, row, e);
        }
        finally
        {
            _inFlight.TryRemove(row.ChatId, out _);
            gate.Release();
        }
    }

    /// <summary>
    /// Marks a sent alert, waiting out a busy store (another process writing). If the mark still cannot be written the
    /// row stays "sending" and is sent again after a restart — the documented window, never a resend in this run.
    /// </summary>
    async Task RecordSentAsync(OutboxRow row, long messageId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                outbox.MarkSent(row.Id, messageId);
                return;
            }
            catch (Exception e) when (StoreBusy.IsBusy(e) && attempt < 4)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), clock, CancellationToken.None);
            }
            catch (SQLite.SQLiteException e)
            {
                _logger.LogError("Alert {Id} to chat {ChatId} was sent but could not be recorded ({Reason}); it stays in flight until a restart",
                    row.Id, row.ChatId, e.Message);
                return;
            }
        }
    }

    void OnFailure(SendPacer pacer, OutboxRow row, Exception e)
    {
        var o = options.Value;
        var reason = TelegramErrors.Describe(e);
        switch (TelegramErrors.Classify(e))
        {
            case FailureKind.RateLimited:
                var wait = TelegramErrors.RetryAfter(e) ?? TimeSpan.FromSeconds(1);
                stats.OnRateLimited();
                var chatWasQuiet = !_nextAllowed.TryGetValue(row.ChatId, out var allowed) || allowed < clock.GetUtcNow() - o.PerGroupInterval;
                // A 429 for a chat we had left alone can only be the bot-wide limit: everyone waits.
                if (chatWasQuiet) pacer.PauseFor(wait);
                _nextAllowed[row.ChatId] = clock.GetUtcNow() + wait;
                outbox.Retry(row.Id, wait, reason);
                _logger.LogWarning("Telegram asked to wait {Seconds} s (chat {ChatId})", wait.TotalSeconds, row.ChatId);
                break;
            case FailureKind.Blocked:
                chats.Deactivate(row.ChatId, reason);
                _logger.LogInformation("Chat {ChatId} blocked or removed the bot; its alerts are paused until /start", row.ChatId);
                break;
            case FailureKind.Migrated:
                var target = TelegramErrors.MigratedTo(e)!.Value;
                chats.Migrate(row.ChatId, target);
                outbox.Retry(row.Id, TimeSpan.Zero, $"chat moved to {target}");
                break;
            case FailureKind.Rejected:
                stats.OnFailed();
                outbox.Dead(row.Id, reason);
                _logger.LogWarning("Alert {Id} to chat {ChatId} was rejected: {Reason}", row.Id, row.ChatId, reason);
                break;
            default:
                if (row.Attempts >= o.MaxAttempts)
                {
                    stats.OnFailed();
                    outbox.Dead(row.Id, $"gave up after {row.Attempts} attempts: {reason}");
                    _logger.LogError("Alert {Id} to chat {ChatId} given up after {Attempts} attempts: {Reason}", row.Id, row.ChatId, row.Attempts, reason);
                }
                else
                {
                    stats.OnRetried();
                    outbox.Retry(row.Id, RetrySchedule.After(row.Attempts, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10)), reason);
                }
                break;
        }
    }

    /// <summary>A fan-out sends one card in a few languages thousands of times: render each once.</summary>
    string? Card(long agreementId, string lang)
    {
        if (_cards.TryGetValue((agreementId, lang), out var cached)) return cached;
        var agreement = agreements.ByIds([agreementId]) is [var found, ..] ? found : null;
        if (agreement is null) return null;
        if (_cards.Count > 256) _cards.Clear();
        return _cards[(agreementId, lang)] = AlertCard.Render(agreement, lang);
    }

    HashSet<long> BusyChats()
    {
        var now = clock.GetUtcNow();
        var busy = new HashSet<long>(_inFlight.Keys);
        foreach (var (chat, until) in _nextAllowed)
        {
            if (until > now) busy.Add(chat);
            else _nextAllowed.TryRemove(chat, out _);
        }
        foreach (var (chat, until) in _quietUntil)
        {
            if (until > now) busy.Add(chat);
            else _quietUntil.TryRemove(chat, out _);
        }
        return busy;
    }

    /// <summary>
    /// At a stop, a store that cannot take the write must not turn the stop into a dead worker (exit 1): rows left
    /// "sending" are sent again at the next start, as after a crash.
    /// </summary>
    void ReleaseUnsent(IEnumerable<OutboxRow> rows)
    {
        try
        {
            foreach (var unsent in rows) outbox.Retry(unsent.Id, TimeSpan.Zero, "not sent before shutdown");
        }
        catch (SQLite.SQLiteException e)
        {
            _logger.LogWarning("Claimed alerts could not be released at shutdown ({Reason}); they are sent at the next start", e.Message);
        }
    }

    async Task IdleAsync(DateTimeOffset? due, CancellationToken ct)
    {
        var idle = options.Value.IdlePoll;
        var wait = due is { } d ? TimeSpan.FromTicks(Math.Clamp((d - clock.GetUtcNow()).Ticks, TimeSpan.FromMilliseconds(20).Ticks, idle.Ticks)) : idle;
        await signal.WaitAsync(wait, ct);
    }
}
