using Bot.Knowledge.Chats;
using Bot.Knowledge.Digests;
using Bot.Knowledge.Scheduling;
using Bot.Knowledge.Search;
using Bot.Telegram.Alerts;
using Bot.Telegram.Hosting;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Digest;

/// <summary>
/// One round of the digest worker at "now": schedules the period that has just fallen due for each chat on a digest
/// (one row per chat and period end, so a second round or a second process schedules nothing twice), then sends the
/// claimed digests one by one and records each outcome from Telegram's answer. A period with nothing new sends nothing.
/// </summary>
public sealed class DigestRound(
    DigestBook book, DigestOutbox outbox, ChatDirectory chats, AgreementReader agreements, FigureReader figures,
    ReplySender sender, TimeProvider clock, IOptions<AlertOptions> options, ILogger<DigestRound> logger)
{
    const int Batch = 32;

    /// <returns>How many digests were sent.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Schedule();
        var sent = 0;
        for (var rows = outbox.ClaimDue(Batch); rows.Count > 0; rows = outbox.ClaimDue(Batch))
            foreach (var row in rows)
            {
                if (ct.IsCancellationRequested)
                {
                    // Claimed but not sent: due again at once, not left looking in flight.
                    outbox.Retry(row.Id, TimeSpan.Zero, "not sent before shutdown");
                    continue;
                }
                if (await DeliverAsync(row, ct)) sent++;
            }
        return sent;
    }

    void Schedule()
    {
        var now = clock.GetUtcNow();
        foreach (var chat in book.Chats())
        {
            if (chat.NextStart is not { } start) continue;
            var due = DigestSchedule.LatestDue(chat.Mode, chat.Hour, ChatTimeZone.Resolve(chat.TimeZone), now);
            // A bot that was down past several due times sends one digest covering all of them, not one per period.
            if (due > start && book.Schedule(chat.ChatId, start, due))
                logger.LogDebug("Digest for chat {ChatId} scheduled for the period ending {End:u}", chat.ChatId, due);
        }
    }

    async Task<bool> DeliverAsync(DigestRow row, CancellationToken ct)
    {
        try
        {
            var chat = chats.Get(row.ChatId);
            if (chat is null || !chat.Active || chat.Digest is null)
            {
                outbox.Dead(row.Id, chat?.Digest is null ? "digest turned off" : "chat is not active");
                return false;
            }
            var content = outbox.Content(row);
            var found = agreements.ByIds(content.AgreementIds);
            var ids = content.FigureIds.ToHashSet();
            var read = figures.All().Where(f => ids.Contains(f.Id)).ToList();
            if (found.Count == 0 && read.Count == 0)
            {
                outbox.MarkEmpty(row.Id);
                return false;
            }
            var lang = chat.Language ?? chat.SeenLanguage ?? "en";
            var zone = ChatTimeZone.Of(chat);
            var html = DigestCard.Render(chat.Digest, DigestStamp.Parse(row.PeriodStart)!.Value, DigestStamp.Parse(row.PeriodEnd)!.Value, zone, found, read, lang);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.SendTimeout);
            var message = await sender.SendAsync(row.ChatId, Reply.Text(html) with { Silent = QuietHours.IsQuiet(chat, clock.GetUtcNow()) }, timeout.Token);
            outbox.MarkSent(row, message?.MessageId ?? 0);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            OnFailure(row, e);
            return false;
        }
    }

    void OnFailure(DigestRow row, Exception e)
    {
        var reason = TelegramErrors.Describe(e);
        switch (TelegramErrors.Classify(e))
        {
            case FailureKind.RateLimited:
                outbox.Retry(row.Id, TelegramErrors.RetryAfter(e) ?? TimeSpan.FromSeconds(1), reason);
                break;
            case FailureKind.Blocked:
                chats.Deactivate(row.ChatId, reason);
                outbox.Dead(row.Id, reason);
                break;
            case FailureKind.Migrated:
                chats.Migrate(row.ChatId, TelegramErrors.MigratedTo(e)!.Value);
                outbox.Dead(row.Id, reason + "; the next digest goes to the new chat");
                break;
            case FailureKind.Rejected:
                outbox.Dead(row.Id, reason);
                logger.LogWarning("Digest {Id} to chat {ChatId} was rejected: {Reason}", row.Id, row.ChatId, reason);
                break;
            default:
                if (row.Attempts >= options.Value.MaxAttempts)
                {
                    outbox.Dead(row.Id, $"gave up after {row.Attempts} attempts: {reason}");
                    logger.LogError("Digest {Id} to chat {ChatId} given up after {Attempts} attempts: {Reason}", row.Id, row.ChatId, row.Attempts, reason);
                }
                else
                {
                    logger.LogWarning("Digest {Id} to chat {ChatId} failed, will retry: {Reason}", row.Id, row.ChatId, reason);
                    outbox.Retry(row.Id, RetrySchedule.After(row.Attempts, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10)), reason);
                }
                break;
        }
    }
}
