using Bot.Sources.Monitoring;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>The hosted worker: each source on its own schedule, admins told once about a source that keeps failing, never a crash.</summary>
public sealed class WorkerTests : IDisposable
{
    static readonly DateTimeOffset March12 = new(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2));

    readonly SourcesHarness _h = new();

    public WorkerTests()
    {
        _h.Set("MinimumInterval", "00:01:00");
        _h.Set("MaxBackoff", "01:00:00");
    }

    public void Dispose() => _h.Dispose();

    void ServeGoodFeed(string path)
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Rss(path, FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/rail"), "Memorandum", March12)));
    }

    [Fact]
    public async Task Admins_are_told_once_when_a_source_keeps_failing_and_once_when_it_works_again()
    {
        _h.Set("FailureNoticeAfter", 3);
        _h.Server.Fail("/rss", 500);
        _h.AddFeed("/rss", "Steppe Wire", interval: "00:10:00");

        for (var i = 0; i < 6; i++)
        {
            await _h.Worker.RunPassAsync(CancellationToken.None);
            _h.Clock.Advance(TimeSpan.FromHours(2));
        }
        var whileFailing = _h.Notifier.Notices.ToList();
        ServeGoodFeed("/rss");
        for (var i = 0; i < 3; i++)
        {
            await _h.Worker.RunPassAsync(CancellationToken.None);
            _h.Clock.Advance(TimeSpan.FromHours(2));
        }

        _h.Server.Hits("/rss").ShouldBe(9);
        var failing = whileFailing.ShouldHaveSingleItem();
        failing.Kind.ShouldBe(SourceNoticeKind.Failing);
        (failing.SourceName, failing.ConsecutiveFailures, failing.LastError).ShouldBe(("Steppe Wire", 3, "HTTP 500 Internal Server Error"));
        failing.Url.ShouldBe(_h.Server.Url("/rss"));
        _h.Notifier.Notices.Skip(1).ShouldHaveSingleItem().Kind.ShouldBe(SourceNoticeKind.Recovered);
        _h.State("/rss").FailureNotified.ShouldBeFalse();
    }

    [Fact]
    public async Task Each_source_is_polled_on_its_own_interval_and_the_worker_sleeps_until_the_next_is_due()
    {
        _h.Server.Rss("/often.rss", FeedXml.Rss("Often"));
        _h.Server.Rss("/seldom.rss", FeedXml.Rss("Seldom"));
        _h.AddFeed("/often.rss", interval: "00:10:00");
        _h.AddFeed("/seldom.rss", interval: "00:30:00");

        var firstWait = await _h.Worker.RunPassAsync(CancellationToken.None);
        _h.Clock.Advance(firstWait);
        var secondWait = await _h.Worker.RunPassAsync(CancellationToken.None);

        firstWait.ShouldBe(TimeSpan.FromMinutes(10));
        secondWait.ShouldBe(TimeSpan.FromMinutes(10));
        _h.Server.Hits("/often.rss").ShouldBe(2);
        _h.Server.Hits("/seldom.rss").ShouldBe(1);
    }

    [Fact]
    public async Task An_interval_below_MinimumInterval_is_raised_to_it()
    {
        _h.Server.Rss("/rss", FeedXml.Rss("Eager"));
        _h.AddFeed("/rss", interval: "00:00:05");

        var wait = await _h.Worker.RunPassAsync(CancellationToken.None);

        wait.ShouldBe(TimeSpan.FromMinutes(1));
    }

    // How long a running worker may go without recording a poll, a failure or a document before it is taken for stopped.
    static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_running_worker_polls_at_start_and_keeps_going_past_a_broken_source()
    {
        _h.Server.Rss("/broken.rss", "this is not XML at all");
        ServeGoodFeed("/good.rss");
        _h.AddFeed("/broken.rss", interval: "00:10:00");
        _h.AddFeed("/good.rss", interval: "00:10:00");
        var worker = _h.Worker;

        await worker.StartAsync(CancellationToken.None);
        try
        {
            // Until the third failure is recorded, not merely requested, and the good feed's article is saved, not
            // merely fetched: the worker is stopped right after, and under load its first save can trail the polls.
            int BrokenFailures() => _h.Store.Db.Connection.ExecuteScalar<int>(
                "SELECT coalesce(max(consecutive_failures), 0) FROM source_state WHERE url = ?", _h.Server.Url("/broken.rss"));
            (int, int, long) Progress() => (BrokenFailures(), _h.Server.Hits("/good.rss"), _h.Count("documents"));
            // A worker that stopped is one that makes no progress at all for a long while; a slow one (a loaded machine:
            // the whole suite beside a benchmark took one poll past 20 s) still makes some, and is waited for.
            var seen = Progress();
            var stalledSince = DateTimeOffset.UtcNow;
            while (seen.Item1 < 3 || seen.Item2 < 3 || seen.Item3 < 1)
            {
                if (DateTimeOffset.UtcNow - stalledSince > StallLimit) throw new TimeoutException($"the worker stopped polling (failures, good-feed hits, documents: {seen})");
                await Task.Delay(20);
                _h.Clock.Advance(TimeSpan.FromMinutes(30));
                if (Progress() is var now && now != seen) (seen, stalledSince) = (now, DateTimeOffset.UtcNow);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        worker.ExecuteTask!.IsFaulted.ShouldBeFalse();
        _h.Count("documents").ShouldBe(1);
        _h.State("/broken.rss").ConsecutiveFailures.ShouldBeGreaterThanOrEqualTo(3);
    }
}
