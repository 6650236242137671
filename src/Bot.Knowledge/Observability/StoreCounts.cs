using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Observability;

/// <summary>The store's side of the administrators' /stats: who uses the bot, what it holds, what waits to be sent.</summary>
public sealed class StoreCounts(KnowledgeDb db)
{
    public StoreTotals Read()
    {
        var c = db.Connection;
        return new StoreTotals(
            Users: c.ExecuteScalar<long>("SELECT count(*) FROM chats WHERE type = 'private'"),
            Groups: c.ExecuteScalar<long>("SELECT count(*) FROM chats WHERE type <> 'private'"),
            Subscribers: c.ExecuteScalar<long>("SELECT count(DISTINCT s.chat_id) FROM subscriptions s JOIN chats ch ON ch.chat_id = s.chat_id WHERE ch.active = 1"),
            Subscriptions: c.ExecuteScalar<long>("SELECT count(*) FROM subscriptions"),
            Documents: c.ExecuteScalar<long>("SELECT count(*) FROM documents"),
            Agreements: c.ExecuteScalar<long>("SELECT count(*) FROM agreements"),
            LastFeedPoll: c.ExecuteScalar<string?>("SELECT max(last_polled_at) FROM source_state") is { Length: > 0 } polled
                && DateTimeOffset.TryParse(polled, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            OutboxPending: c.ExecuteScalar<long>("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"),
            OutboxDead: c.ExecuteScalar<long>("SELECT count(*) FROM outbox WHERE state = 'dead'"));
    }
}

public sealed record StoreTotals(
    long Users, long Groups, long Subscribers, long Subscriptions, long Documents, long Agreements,
    DateTimeOffset? LastFeedPoll, long OutboxPending, long OutboxDead);
