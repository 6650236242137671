using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Chats;

/// <summary>
/// What chats asked, for the administrators' /stats: counts by outcome over a period, and the questions the store
/// could not answer. Only those keep their text, and no row is kept past <see cref="Retention"/>.
/// </summary>
public sealed class QuestionLog(KnowledgeDb db, TimeProvider clock)
{
    public const string Answered = "answered";
    public const string NotFound = "not_found";
    public const string Refused = "refused";

    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>Not recorded in a read-only store: a tally must never cost an answer.</summary>
    public void Record(string lang, string outcome, string? unansweredText)
    {
        if (db.IsReadOnly) return;
        var now = clock.GetUtcNow();
        var text = outcome == NotFound ? unansweredText?.Trim() is { Length: > 0 } t ? t[..Math.Min(t.Length, 300)] : null : null;
        db.Execute("INSERT INTO question_log(asked_at, lang, outcome, question) VALUES (?, ?, ?, ?)", Stamp(now), lang, outcome, text);
        db.Execute("DELETE FROM question_log WHERE asked_at < ?", Stamp(now - Retention));
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
