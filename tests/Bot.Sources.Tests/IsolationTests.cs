using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>A bad source costs only itself: the others are polled, its state says what went wrong, and it waits longer each time.</summary>
public sealed class IsolationTests : IDisposable
{
    static readonly DateTimeOffset March12 = new(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2));

    readonly SourcesHarness _h = new();

    public IsolationTests()
    {
        _h.Set("MinimumInterval", "00:01:00");
        _h.Set("MaxBackoff", "01:00:00");
    }

    public void Dispose() => _h.Dispose();

    void ServeGoodFeed()
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Rss("/good.rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/rail"), "Kazakhstan and Bulgaria sign memorandum on container transport", March12)));
    }

    [Fact]
    public async Task A_broken_feed_and_a_500_page_fail_alone_and_the_other_sources_are_still_ingested()
    {
        _h.Server.Rss("/broken.rss", "<rss version=\"2.0\"><channel><title>Half a feed</title><item><title>Cut off");
        _h.Server.Fail("/embassy", 500);
        ServeGoodFeed();
        _h.AddFeed("/broken.rss", "Broken agency", interval: "00:10:00");
        _h.AddPage("/embassy", "Embassy page");
        _h.AddFeed("/good.rss", "Steppe Wire");

        var report = await _h.PollAsync();

        report.Sources.Select(s => s.Status).ShouldBe([SourceStatus.Failed, SourceStatus.Polled, SourceStatus.Failed]);
        report.Sources.Single(s => s.Source.Name == "Broken agency").Error!.ShouldStartWith("not a readable RSS or Atom feed");
        report.Sources.Single(s => s.Source.Name == "Embassy page").Error.ShouldBe("HTTP 500 Internal Server Error");
        report.Sources.Single(s => s.Source.Name == "Steppe Wire").Ingested.ShouldBe(1);
        var broken = _h.State("/broken.rss");
        broken.ConsecutiveFailures.ShouldBe(1);
        broken.LastError!.ShouldStartWith("not a readable RSS or Atom feed");
        broken.LastPolledAt.ShouldBe(_h.Clock.GetUtcNow().ToString("O"));
        _h.State("/embassy").LastError.ShouldBe("HTTP 500 Internal Server Error");
        _h.State("/good.rss").ConsecutiveFailures.ShouldBe(0);
    }

    [Fact]
    public async Task Each_failure_in_a_row_doubles_the_wait_up_to_MaxBackoff_and_a_success_resets_it()
    {
        _h.Server.Fail("/flaky.rss", 503);
        _h.AddFeed("/flaky.rss", interval: "00:10:00");
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 4; i++)
        {
            await _h.PollAsync();
            var state = _h.State("/flaky.rss");
            waits.Add(DateTimeOffset.Parse(state.NextDueAt!, System.Globalization.CultureInfo.InvariantCulture) - _h.Clock.GetUtcNow());
            _h.Clock.Advance(TimeSpan.FromHours(1));
        }
        ServeGoodFeedAt("/flaky.rss");
        await _h.PollAsync();

        waits.ShouldBe([TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(40), TimeSpan.FromHours(1), TimeSpan.FromHours(1)]);
        var recovered = _h.State("/flaky.rss");
        (recovered.ConsecutiveFailures, recovered.LastError).ShouldBe((0, (string?)null));
        recovered.NextDueAt.ShouldBe(_h.Clock.GetUtcNow().AddMinutes(10).ToString("O"));
    }

    [Fact]
    public async Task A_failing_source_is_not_asked_again_before_its_back_off_is_over()
    {
        _h.Server.Fail("/down.rss", 502);
        _h.AddFeed("/down.rss", interval: "00:10:00");
        await _h.Poller.PollAsync(dueOnly: true, CancellationToken.None);

        _h.Clock.Advance(TimeSpan.FromMinutes(19));
        var early = await _h.Poller.PollAsync(dueOnly: true, CancellationToken.None);
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await _h.Poller.PollAsync(dueOnly: true, CancellationToken.None);

        early.Sources.ShouldBeEmpty();
        due.Sources.ShouldHaveSingleItem().Status.ShouldBe(SourceStatus.Failed);
        _h.Server.Hits("/down.rss").ShouldBe(2);
    }

    [Fact]
    public async Task An_article_that_will_not_load_fails_as_an_item_is_tried_again_later_and_then_given_up()
    {
        _h.Set("ItemAttempts", 2);
        _h.Server.Fail("/news/rail", 500);
        _h.Server.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/rail"), "Memorandum", March12)));
        _h.AddFeed("/rss");

        var first = await _h.PollAsync();
        var second = await _h.PollAsync();
        var third = await _h.PollAsync();

        first.Sources.Single().Status.ShouldBe(SourceStatus.Polled);
        first.Sources.Single().Items.Single().ShouldSatisfyAllConditions(
            i => i.Outcome.ShouldBe(ItemOutcome.Failed), i => i.Reason.ShouldBe("HTTP 500 Internal Server Error (will try again, 1 attempt(s) left)"));
        second.Sources.Single().Items.Single().Reason.ShouldBe("HTTP 500 Internal Server Error (given up)");
        third.Sources.Single().Items.ShouldBeEmpty();
        _h.Server.Hits("/news/rail").ShouldBe(2);
        _h.State("/rss").ConsecutiveFailures.ShouldBe(0);
    }

    void ServeGoodFeedAt(string path)
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Rss(path, FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/rail"), "Memorandum", March12)));
    }
}
