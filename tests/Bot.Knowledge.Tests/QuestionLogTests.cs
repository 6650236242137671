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

    void Ask(string text) => Log.Record("en", QuestionLog.NotFound, text);

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
        Log.Record("ru", QuestionLog.Answered, "answered question");
        Log.Record("en", QuestionLog.NotFound, "  unanswered question  ");

        Kept().ShouldBe(["unanswered question"]);
        Log.Tally(DateTimeOffset.MinValue).ShouldBe(new QuestionTally(1, 1, 0));
    }

    public void Dispose() => _temp.Dispose();
}
