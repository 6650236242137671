using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// What chats asked, for the administrators' /stats: counts by outcome over a period, and the questions the store
/// could not answer. Only those keep their text, and no row is kept past <see cref="Retention"/> (rows are deleted with a
/// question recorded, at most every <see cref="PruneEvery"/>).
/// </summary>
public sealed class QuestionLog(KnowledgeDb db, TimeProvider clock)
{
    public const string Answered = "answered";
    public const string NotFound = "not_found";
    public const string Refused = "refused";

    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>
    /// Deleting expired rows scans the old end of the log; once an hour keeps it off the path of nearly every question,
    /// and a row outlives <see cref="Retention"/> by an hour at most (while questions come in).
    /// </summary>
    public static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    const long NeverPruned = long.MinValue;
    // This process's last prune (UTC ticks); another process pruning too is harmless.
    long _lastPrune = NeverPruned;

    /// <summary>Not recorded in a read-only store: a tally must never cost an answer.</summary>
    public void Record(string lang, string outcome, string? unansweredText)
    {
        if (db.IsReadOnly) return;
        var now = clock.GetUtcNow();
        var text = outcome == NotFound ? unansweredText?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 300)] : null : null;
        var last = Interlocked.Read(ref _lastPrune);
        // Claimed before the write, so two questions at once do not both prune.
        var prune = (last == NeverPruned || now.UtcTicks - last >= PruneEvery.Ticks)
            && Interlocked.CompareExchange(ref _lastPrune, now.UtcTicks, last) == last;
        try
        {
            db.Write(c =>
            {
                c.Execute("INSERT INTO question_log(asked_at, lang, outcome, question) VALUES (?, ?, ?, ?)", Stamp(now), lang, outcome, text);
                if (prune) c.Execute("DELETE FROM question_log WHERE asked_at < ?", Stamp(now - Retention));
            });
        }
        catch when (prune)
        {
            // Nothing was deleted: the next question tries again.
            Interlocked.CompareExchange(ref _lastPrune, last, now.UtcTicks);
            throw;
        }
    }

    public QuestionTally Tally(DateTimeOffset since)
    {
        var rows = db.Connection.Query<OutcomeCount>("SELECT outcome AS Outcome, count(*) AS Count FROM question_log WHERE asked_at >= ? GROUP BY outcome", Stamp(since));
        long Of(string outcome) => rows.FirstOrDefault(r => r.Outcome == outcome)?.Count ?? 0;
        return new QuestionTally(Of(Answered), Of(NotFound), Of(Refused));
    }

    /// <summary>The unanswered questions since <paramref name="since"/>, the most asked first (same text, any case, counted once).</summary>
    public IReadOnlyList<UnansweredQuestion> Unanswered(DateTimeOffset since, int limit) =>
        db.Connection.Query<UnansweredQuestion>(
            """
            SELECT max(question) AS Question, count(*) AS Times, max(asked_at) AS LastAsked FROM question_log
            WHERE outcome = ? AND question IS NOT NULL AND asked_at >= ?
            GROUP BY lower(question) ORDER BY count(*) DESC, max(asked_at) DESC LIMIT ?
            """, NotFound, Stamp(since), limit);

    // Fixed-width UTC stamps compare as text in time order.
    static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    sealed class OutcomeCount
    {
        public string Outcome { get; set; } = "";
        public long Count { get; set; }
    }
}

public sealed record QuestionTally(long Answered, long NotFound, long Refused);

public sealed class UnansweredQuestion
{
    public string Question { get; set; } = "";
    public long Times { get; set; }
    public string LastAsked { get; set; } = "";
}
