using Bot.Knowledge.Chats;
using Bot.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Knowledge.Tests;

/// <summary>The question log behind /stats: what it keeps, and for how long.</summary>
public sealed class QuestionLogTests : IDisposable
{
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    readonly TempStore _temp;

    public QuestionLogTests() => _temp = TempStore.Empty(clock: _clock);

    QuestionLog Log => _temp.Store.Get<QuestionLog>();

    void Ask(string text) => Log.Record("en", QuestionLog.NotFound, AnswerModes.Extractive, TimeSpan.FromMilliseconds(40), text);

    string[] Kept() => [.. Log.Unanswered(DateTimeOffset.MinValue, 100).Select(q => q.Question).Order(StringComparer.Ordinal)];

    [Fact]
    public void Expired_questions_are_deleted_with_a_question_recorded_after_the_prune_interval_and_younger_ones_stay()
    {
        Ask("first");
        _clock.Advance(QuestionLog.Retention - TimeSpan.FromMinutes(10));
        Ask("second"); // prunes: "first" is not yet expired

        _clock.Advance(TimeSpan.FromMinutes(20));
        Ask("third");
        // "first" expired ten minutes ago, but the last prune was only twenty minutes ago.
        Kept().ShouldBe(["first", "second", "third"]);

        _clock.Advance(QuestionLog.PruneEvery - TimeSpan.FromMinutes(20));
        Ask("fourth");
        Kept().ShouldBe(["fourth", "second", "third"]);
    }

    [Fact]
    public void Only_questions_nothing_answered_keep_their_text()
    {
        Log.Record("ru", QuestionLog.Answered, AnswerModes.Llm, TimeSpan.FromMilliseconds(900), "answered question");
        Log.Record("en", QuestionLog.NotFound, AnswerModes.Extractive, TimeSpan.FromMilliseconds(30), "  unanswered question  ");

        Kept().ShouldBe(["unanswered question"]);
        Log.Tally(DateTimeOffset.MinValue).ShouldBe(new QuestionTally(1, 1, 0));
    }

    [Fact]
    public void Questions_are_counted_by_how_they_were_answered_and_timed_by_median_and_95th_percentile_refusals_left_out()
    {
        // Before the week asked about: counted nowhere.
        Log.Record("en", QuestionLog.Answered, AnswerModes.Extractive, TimeSpan.FromSeconds(30), null);
        _clock.Advance(TimeSpan.FromDays(8));
        var since = _clock.GetUtcNow().AddDays(-7);
        // Twenty answers taking 10, 20, … 200 ms in shuffled order.
        foreach (var ms in new[] { 70, 200, 10, 130, 50, 180, 90, 20, 160, 110, 40, 190, 60, 150, 30, 120, 80, 170, 100, 140 })
        {
            var mode = ms == 200 ? AnswerModes.Llm : ms % 30 == 0 ? AnswerModes.Fallback : AnswerModes.Extractive;
            Log.Record("en", QuestionLog.Answered, mode, TimeSpan.FromMilliseconds(ms), null);
        }
        Log.Record("kk", QuestionLog.Refused, AnswerModes.Refused, TimeSpan.FromSeconds(9), null);

        Log.Modes(since).ShouldBe(new ModeTally(Extractive: 13, Llm: 1, Fallback: 6, Refused: 1));
        Log.Latency(since).ShouldBe(new LatencySummary(20, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(190)));
    }

    [Fact]
    public void With_nothing_answered_there_is_no_answer_time()
    {
        Log.Record("en", QuestionLog.Refused, AnswerModes.Refused, TimeSpan.FromMilliseconds(5), null);

        Log.Latency(DateTimeOffset.MinValue).ShouldBeNull();
    }

    public void Dispose() => _temp.Dispose();
}
