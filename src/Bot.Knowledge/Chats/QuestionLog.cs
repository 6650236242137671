using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// What chats asked, for the administrators' /stats: counts by outcome and by answering mode over a period, answer
/// times, and the questions the store could not answer. Only those keep their text, and no row is kept past <see cref="Retention"/> (rows are deleted with a
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
    /// <param name="mode">How it was answered: one of <see cref="AnswerModes"/>.</param>
    /// <param name="latency">From the question to the answer made (before it is sent).</param>
    public void Record(string lang, string outcome, string mode, TimeSpan latency, string? unansweredText)
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
                c.Execute("INSERT INTO question_log(asked_at, lang, outcome, question, mode, latency_ms) VALUES (?, ?, ?, ?, ?, ?)",
                    Stamp(now), lang, outcome, text, mode, (long)Math.Round(latency.TotalMilliseconds));
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
        var rows = db.Connection.Query<GroupCount>("SELECT outcome AS Name, count(*) AS Count FROM question_log WHERE asked_at >= ? GROUP BY outcome", Stamp(since));
        long Of(string outcome) => rows.FirstOrDefault(r => r.Name == outcome)?.Count ?? 0;
        return new QuestionTally(Of(Answered), Of(NotFound), Of(Refused));
    }

    /// <summary>Questions since <paramref name="since"/> by how they were answered (rows from before modes were recorded left out).</summary>
    public ModeTally Modes(DateTimeOffset since)
    {
        var rows = db.Connection.Query<GroupCount>("SELECT mode AS Name, count(*) AS Count FROM question_log WHERE asked_at >= ? AND mode IS NOT NULL GROUP BY mode", Stamp(since));
        long Of(string mode) => rows.FirstOrDefault(r => r.Name == mode)?.Count ?? 0;
        return new ModeTally(Of(AnswerModes.Extractive), Of(AnswerModes.Llm), Of(AnswerModes.Fallback), Of(AnswerModes.Refused));
    }

    /// <summary>
    /// The median and 95th percentile (nearest rank) of the answer times since <paramref name="since"/>; refusals are
    /// not answers and are left out. Null when nothing was answered.
    /// </summary>
    public LatencySummary? Latency(DateTimeOffset since)
    {
        const string Timed = "FROM question_log WHERE asked_at >= ? AND latency_ms IS NOT NULL AND outcome <> ?";
        var from = Stamp(since);
        var count = db.Connection.ExecuteScalar<long>($"SELECT count(*) {Timed}", from, Refused);
        if (count == 0) return null;
        TimeSpan At(double share) => TimeSpan.FromMilliseconds(db.Connection.ExecuteScalar<long>(
            $"SELECT latency_ms {Timed} ORDER BY latency_ms LIMIT 1 OFFSET ?", from, Refused, (long)Math.Ceiling(share * count) - 1));
        return new LatencySummary(count, At(0.50), At(0.95));
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

    sealed class GroupCount
    {
        public string Name { get; set; } = "";
        public long Count { get; set; }
    }
}

public sealed record QuestionTally(long Answered, long NotFound, long Refused);

public sealed record ModeTally(long Extractive, long Llm, long Fallback, long Refused);

public sealed record LatencySummary(long Count, TimeSpan Median, TimeSpan P95);

public sealed class UnansweredQuestion
{
    public string Question { get; set; } = "";
    public long Times { get; set; }
    public string LastAsked { get; set; } = "";
}
