using Bot.Knowledge.Storage;
using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>A feed's new entries become documents with the feed's date and one canonical address; nothing is fetched twice.</summary>
public sealed class FeedPollingTests : IDisposable
{
    static readonly DateTimeOffset RailDate = new(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2));
    static readonly DateTimeOffset ForumDate = new(2026, 4, 2, 11, 0, 0, TimeSpan.FromHours(5));

    readonly SourcesHarness _h = new();

    public void Dispose() => _h.Dispose();

    List<DocumentRow> Documents() => _h.Store.Db.Connection.Query<DocumentRow>("SELECT * FROM documents ORDER BY id");

    void ServeSteppeWire(string? etag = null, string? lastModified = null)
    {
        _h.Article("/news/rail-memorandum", "steppe-wire-rail-memorandum");
        _h.Article("/news/business-forum", "steppe-wire-business-forum");
        _h.Server.Rss("/rss", FeedXml.Rss("Steppe Wire",
            new Entry(_h.Server.Url("/news/rail-memorandum?utm_source=rss&utm_medium=feed#top"), "Kazakhstan and Bulgaria sign memorandum on container transport", RailDate),
            new Entry(_h.Server.Url("/news/business-forum"), "Kazakh and Bulgarian firms meet in Almaty", ForumDate)), etag, lastModified);
        _h.AddFeed("/rss", "Steppe Wire");
    }

    [Fact]
    public async Task New_entries_are_ingested_under_their_canonical_address_with_the_feeds_publication_date()
    {
        ServeSteppeWire();

        var report = await _h.PollAsync();

        var source = report.Sources.ShouldHaveSingleItem();
        source.Status.ShouldBe(SourceStatus.Polled, source.Error);
        (source.Seen, source.New, source.Ingested, source.Skipped, source.Failed).ShouldBe((2, 2, 2, 0, 0), string.Join("; ", source.Items));
        var rail = Documents().Single(d => d.Title.Contains("container transport", StringComparison.Ordinal));
        rail.Uri.ShouldBe(_h.Server.Url("/news/rail-memorandum"));
        rail.Url.ShouldBe(_h.Server.Url("/news/rail-memorandum"));
        rail.Published.ShouldBe("2026-03-12");
        rail.Lang.ShouldBe("en");
        Documents().Single(d => d.Uri.EndsWith("/news/business-forum", StringComparison.Ordinal)).Published.ShouldBe("2026-04-02");
    }

    [Fact]
    public async Task The_signed_memorandum_in_a_new_entry_is_stored_as_a_new_agreement_citing_the_article()
    {
        ServeSteppeWire();

        var report = await _h.PollAsync();

        report.NewAgreements.ShouldBe(1);
        var agreement = _h.Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Signed.ToString().ShouldBe("2026-03-12");
        agreement.Domain.ShouldBe("transport");
        agreement.Sources.ShouldHaveSingleItem().Url.ShouldBe(_h.Server.Url("/news/rail-memorandum"));
        _h.NewAgreementSignals.ShouldBe(1);
    }

    [Fact]
    public async Task Atom_entries_in_Bulgarian_and_Russian_are_ingested_with_their_detected_language_and_feed_date()
    {
        _h.Article("/bg/plovdiv-almaty", "bg-herald-plovdiv-almaty");
        _h.Article("/ru/air-links", "kz-courier-air-links");
        _h.Server.Atom("/atom.xml", FeedXml.AtomFeed("Regional news",
            new Entry(_h.Server.Url("/bg/plovdiv-almaty"), "Пловдив и Алмати ще обменят студенти", new DateTimeOffset(2026, 4, 20, 18, 0, 0, TimeSpan.FromHours(3))),
            new Entry(_h.Server.Url("/ru/air-links"), "Казахстан и Болгария обсудили прямое авиасообщение", new DateTimeOffset(2026, 4, 21, 9, 0, 0, TimeSpan.FromHours(5)))));
        _h.AddFeed("/atom.xml");

        var report = await _h.PollAsync();

        report.Sources.Single().Ingested.ShouldBe(2, string.Join("; ", report.Sources.Single().Items));
        var docs = Documents();
        docs.Single(d => d.Uri.EndsWith("/bg/plovdiv-almaty", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            d => d.Lang.ShouldBe("bg"), d => d.Published.ShouldBe("2026-04-20"));
        docs.Single(d => d.Uri.EndsWith("/ru/air-links", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            d => d.Lang.ShouldBe("ru"), d => d.Published.ShouldBe("2026-04-21"));
    }

    [Fact]
    public async Task A_second_poll_sends_the_ETag_and_a_304_means_nothing_else_is_fetched()
    {
        ServeSteppeWire(etag: "\"feed-v1\"");
        await _h.PollAsync();
        var requestsAfterFirst = _h.Server.Requests.Count;

        var second = await _h.PollAsync();

        second.Sources.Single().Status.ShouldBe(SourceStatus.NotModified);
        var last = _h.Server.Requests[^1];
        last.PathAndQuery.ShouldBe("/rss");
        last.IfNoneMatch.ShouldBe("\"feed-v1\"");
        _h.Server.Requests.Count.ShouldBe(requestsAfterFirst + 1);
        _h.Server.Hits("/news/rail-memorandum").ShouldBe(1);
        _h.State("/rss").ETag.ShouldBe("\"feed-v1\"");
    }

    [Fact]
    public async Task A_second_poll_sends_Last_Modified_back_when_the_server_gives_no_ETag()
    {
        ServeSteppeWire(lastModified: "Mon, 04 May 2026 07:00:00 GMT");
        await _h.PollAsync();

        var second = await _h.PollAsync();

        second.Sources.Single().Status.ShouldBe(SourceStatus.NotModified);
        _h.Server.Requests[^1].IfModifiedSince.ShouldBe("Mon, 04 May 2026 07:00:00 GMT");
    }

    [Fact]
    public async Task Entries_handled_on_an_earlier_poll_are_not_fetched_again_when_the_server_has_no_validators()
    {
        ServeSteppeWire();
        await _h.PollAsync();

        var second = await _h.PollAsync();

        var source = second.Sources.Single();
        (source.Status, source.Seen, source.New).ShouldBe((SourceStatus.Polled, 2, 0));
        _h.Server.Hits("/news/rail-memorandum").ShouldBe(1);
        _h.Server.Hits("/news/business-forum").ShouldBe(1);
        _h.State("/rss").ItemsSeen.ShouldBe(2);
    }

    [Fact]
    public async Task An_off_topic_entry_is_skipped_with_its_reason_and_never_fetched_again()
    {
        _h.Article("/news/water", "steppe-wire-water-talks");
        _h.Server.Rss("/rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/news/water"), "Kazakhstan and Uzbekistan discuss Syr Darya water sharing", RailDate)));
        _h.AddFeed("/rss");

        var report = await _h.PollAsync();
        await _h.PollAsync();

        var item = report.Sources.Single().Items.ShouldHaveSingleItem();
        item.Outcome.ShouldBe(ItemOutcome.Skipped);
        item.Reason.ShouldBe("off-topic: about Kazakhstan only");
        _h.Count("documents").ShouldBe(0);
        _h.Server.Hits("/news/water").ShouldBe(1);
    }

    [Fact]
    public async Task Include_keywords_skip_an_entry_before_its_article_is_downloaded()
    {
        _h.Article("/news/water", "steppe-wire-water-talks");
        _h.Article("/news/rail-memorandum", "steppe-wire-rail-memorandum");
        _h.Server.Rss("/rss", FeedXml.Rss("General news",
            new Entry(_h.Server.Url("/news/water"), "Water sharing on the Syr Darya", RailDate, "Talks with Uzbekistan", "Region"),
            new Entry(_h.Server.Url("/news/rail-memorandum"), "Container trains to Varna", RailDate, "", "Bulgaria")));
        _h.AddFeed("/rss", include: ["Bulgaria", "България"]);

        var report = await _h.PollAsync();

        var items = report.Sources.Single().Items;
        items.Single(i => i.Url.EndsWith("/water", StringComparison.Ordinal)).Reason.ShouldBe("no Include keyword in the feed entry");
        items.Single(i => i.Url.EndsWith("/rail-memorandum", StringComparison.Ordinal)).Outcome.ShouldBe(ItemOutcome.Ingested);
        _h.Server.Hits("/news/water").ShouldBe(0);
    }

    [Fact]
    public async Task A_feed_limited_to_some_languages_skips_articles_in_the_others()
    {
        _h.Article("/ru/air-links", "kz-courier-air-links");
        _h.Article("/news/rail-memorandum", "steppe-wire-rail-memorandum");
        _h.Server.Rss("/rss", FeedXml.Rss("Courier",
            new Entry(_h.Server.Url("/ru/air-links"), "Казахстан и Болгария обсудили прямое авиасообщение", ForumDate),
            new Entry(_h.Server.Url("/news/rail-memorandum"), "Kazakhstan and Bulgaria sign memorandum", RailDate)));
        _h.AddFeed("/rss", languages: ["ru", "kk"]);

        var report = await _h.PollAsync();

        var items = report.Sources.Single().Items;
        items.Single(i => i.Url.EndsWith("/air-links", StringComparison.Ordinal)).Outcome.ShouldBe(ItemOutcome.Ingested);
        items.Single(i => i.Url.EndsWith("/rail-memorandum", StringComparison.Ordinal)).Reason.ShouldBe("language en is not in this feed's Languages (ru, kk)");
    }

    [Fact]
    public async Task Over_MaxItemsPerPoll_the_newest_entries_go_first_and_the_rest_wait_for_the_next_poll()
    {
        ServeSteppeWire();
        _h.Set("MaxItemsPerPoll", 1);

        var first = await _h.PollAsync();
        var second = await _h.PollAsync();

        var items = first.Sources.Single().Items;
        items.Single(i => i.Outcome == ItemOutcome.Ingested).Url.ShouldEndWith("/news/business-forum");
        items.Single(i => i.Outcome == ItemOutcome.Deferred).Url.ShouldEndWith("/news/rail-memorandum");
        second.Sources.Single().Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            i => i.Url.ShouldEndWith("/news/rail-memorandum"), i => i.Outcome.ShouldBe(ItemOutcome.Ingested));
    }
}
