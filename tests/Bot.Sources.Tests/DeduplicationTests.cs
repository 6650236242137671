using Bot.Knowledge.Alerts;
using Bot.Knowledge.Ingestion;
using Bot.Sources.Dedup;
using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>
/// The three levels: one address however it is decorated, one document for a text however often it is re-published,
/// and one agreement — with one alert per subscriber — however many outlets report it.
/// </summary>
public sealed class DeduplicationTests : IDisposable
{
    static readonly DateTimeOffset March12 = new(2026, 3, 12, 16, 5, 0, TimeSpan.FromHours(2));
    static readonly DateTimeOffset March13 = new(2026, 3, 13, 9, 30, 0, TimeSpan.FromHours(2));
    static readonly DateTimeOffset April2 = new(2026, 4, 2, 11, 0, 0, TimeSpan.FromHours(5));

    static readonly double Threshold = new SourcesOptions().NearDuplicateSimilarity;

    readonly SourcesHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task The_same_agreement_from_two_outlets_is_one_agreement_with_one_alert_per_subscriber()
    {
        foreach (var chat in new long[] { 111, 222, 333 }) _h.Store.Chats.Touch(chat, "private", null, reactivate: true);
        _h.Store.Subscriptions.Add(111, SubscriptionBook.All, "", "all");
        _h.Store.Subscriptions.Add(222, SubscriptionBook.Topic, "transport", "transport");
        _h.Store.Subscriptions.Add(333, SubscriptionBook.Topic, "education", "education");
        _h.Article("/steppe/rail", "steppe-wire-rail-memorandum");
        _h.Article("/ledger/varna-trains", "balkan-ledger-rail-deal");
        _h.Server.Rss("/steppe.rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/steppe/rail"), "Kazakhstan and Bulgaria sign memorandum on container transport", March12)));
        _h.Server.Rss("/ledger.rss", FeedXml.Rss("Balkan Ledger", new Entry(_h.Server.Url("/ledger/varna-trains"), "Varna to get more container trains from Central Asia", March13)));
        _h.AddFeed("/steppe.rss", "Steppe Wire");
        _h.AddFeed("/ledger.rss", "Balkan Ledger");

        var report = await _h.PollAsync();
        await _h.PollAsync();

        report.Ingested.ShouldBe(2, string.Join("; ", report.Sources.SelectMany(s => s.Items)));
        report.NewAgreements.ShouldBe(1);
        var agreement = _h.Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Sources.Count.ShouldBe(2);
        var alerts = _h.Store.Outbox.ForAgreement(agreement.Id);
        alerts.Select(a => a.ChatId).Order().ShouldBe([111L, 222L]);
        _h.Count("outbox").ShouldBe(2);
    }

    [Fact]
    public async Task Links_to_one_article_with_different_tracking_parameters_are_one_document_fetched_once()
    {
        _h.Article("/news/rail", "steppe-wire-rail-memorandum");
        _h.Server.Rss("/a.rss", FeedXml.Rss("A", new Entry(_h.Server.Url("/news/rail?id=7&utm_source=rss&utm_campaign=march"), "Rail memorandum", March12)));
        _h.Server.Rss("/b.rss", FeedXml.Rss("B", new Entry(_h.Server.Url("/news/rail?utm_medium=social&id=7&fbclid=XyZ123#comments"), "Rail memorandum", March12)));
        _h.Server.Rss("/c.rss", FeedXml.Rss("C", new Entry(_h.Server.Url("/news/rail?id=7&_ga=2.1234&ref=newsletter"), "Rail memorandum", March12)));
        _h.AddFeed("/a.rss");
        _h.AddFeed("/b.rss");
        _h.AddFeed("/c.rss");

        var report = await _h.PollAsync();

        _h.Count("documents").ShouldBe(1);
        _h.Server.Hits("/news/rail").ShouldBe(1);
        report.Sources.Sum(s => s.New).ShouldBe(1);
        _h.Store.Db.Connection.ExecuteScalar<string>("SELECT uri FROM documents").ShouldBe(_h.Server.Url("/news/rail?id=7"));
    }

    [Fact]
    public async Task A_republished_wire_copy_with_small_edits_is_one_document()
    {
        _h.Article("/steppe/forum", "steppe-wire-business-forum");
        _h.Article("/danube/forum", "danube-daily-business-forum-copy");
        _h.Server.Rss("/steppe.rss", FeedXml.Rss("Steppe Wire", new Entry(_h.Server.Url("/steppe/forum"), "Kazakh and Bulgarian firms meet in Almaty", April2)));
        _h.Server.Rss("/danube.rss", FeedXml.Rss("Danube Daily", new Entry(_h.Server.Url("/danube/forum"), "Bulgarian companies look for partners in Almaty", April2.AddHours(3))));
        _h.AddFeed("/steppe.rss");
        _h.AddFeed("/danube.rss");

        var report = await _h.PollAsync();

        _h.Count("documents").ShouldBe(1);
        var copy = report.Sources[1].Items.ShouldHaveSingleItem();
        copy.Outcome.ShouldBe(ItemOutcome.Skipped);
        copy.Reason.ShouldNotBeNull();
        copy.Reason.ShouldStartWith($"near-duplicate of {_h.Server.Url("/steppe/forum")} (similarity 0.");
    }

    [Fact]
    public async Task A_verbatim_copy_under_another_address_is_caught_by_its_content_hash()
    {
        _h.Article("/steppe/forum", "steppe-wire-business-forum");
        _h.Article("/mirror/forum", "steppe-wire-business-forum");
        _h.Server.Rss("/rss", FeedXml.Rss("Both",
            new Entry(_h.Server.Url("/steppe/forum"), "Kazakh and Bulgarian firms meet in Almaty", April2),
            new Entry(_h.Server.Url("/mirror/forum"), "Kazakh and Bulgarian firms meet in Almaty", April2.AddMinutes(-5))));
        _h.AddFeed("/rss");

        var report = await _h.PollAsync();

        _h.Count("documents").ShouldBe(1);
        report.Sources.Single().Items.Single(i => i.Outcome == ItemOutcome.Skipped).Reason.ShouldBe($"duplicate: same text as {_h.Server.Url("/steppe/forum")}");
    }

    [Fact]
    public async Task A_templated_monthly_report_with_new_figures_is_news_even_though_its_wording_repeats()
    {
        var march = Fingerprint("danube-daily-monthly-trade-march");
        var april = Fingerprint("danube-daily-monthly-trade-april");
        // The premise: by wording alone the two reports would pass for copies of each other.
        MinHash.Similarity(march.Signature, april.Signature).ShouldBeGreaterThanOrEqualTo(Threshold);
        _h.Article("/trade/march", "danube-daily-monthly-trade-march");
        _h.Article("/trade/april", "danube-daily-monthly-trade-april");
        _h.Server.Rss("/rss", FeedXml.Rss("Danube Daily",
            new Entry(_h.Server.Url("/trade/march"), "Kazakhstan–Bulgaria trade in March", new DateTimeOffset(2026, 4, 13, 9, 0, 0, TimeSpan.Zero)),
            new Entry(_h.Server.Url("/trade/april"), "Kazakhstan–Bulgaria trade in April", new DateTimeOffset(2026, 5, 11, 9, 0, 0, TimeSpan.Zero))));
        _h.AddFeed("/rss");

        var report = await _h.PollAsync();

        report.Ingested.ShouldBe(2, string.Join("; ", report.Sources.Single().Items));
    }

    [Fact]
    public void A_wire_copy_scores_above_the_threshold_and_a_different_story_on_the_same_subject_far_below()
    {
        var original = Fingerprint("steppe-wire-rail-memorandum");
        var otherOutlet = Fingerprint("balkan-ledger-rail-deal");
        var forum = Fingerprint("steppe-wire-business-forum");
        var forumCopy = Fingerprint("danube-daily-business-forum-copy");

        MinHash.Similarity(forum.Signature, forumCopy.Signature).ShouldBeGreaterThanOrEqualTo(Threshold + 0.1);
        MinHash.Similarity(original.Signature, otherOutlet.Signature).ShouldBeLessThan(0.1);
        MinHash.Similarity(original.Signature, original.Signature).ShouldBe(1.0);
    }

    [Theory]
    [InlineData("https://News.Example.KZ/a/1?utm_source=tg&utm_medium=social", "https://news.example.kz/a/1")]
    [InlineData("https://news.example.kz/a/1?page=2&fbclid=abc#comments", "https://news.example.kz/a/1?page=2")]
    [InlineData("HTTPS://news.example.kz:443/a/1?_ga=1.2.3&gclid=x&id=5", "https://news.example.kz/a/1?id=5")]
    [InlineData("http://news.example.bg:80/статия?yclid=9&mc_cid=1&mc_eid=2", "http://news.example.bg/%D1%81%D1%82%D0%B0%D1%82%D0%B8%D1%8F")]
    public void Tracking_parameters_fragments_default_ports_and_letter_case_do_not_make_a_new_address(string link, string canonical) =>
        ItemUrl.Canonical(new Uri(link)).ShouldBe(canonical);

    [Fact]
    public void The_canonical_address_is_the_one_the_store_itself_would_give_the_page()
    {
        var url = ItemUrl.Canonical(new Uri("https://News.Example.KZ/a/1?id=7&utm_source=tg&_hsenc=abc#x"));

        UrlCanonicalizer.Canonical(new Uri(url)).ShouldBe(url);
    }

    static ArticleFingerprint Fingerprint(string fixture) =>
        ArticleFingerprint.Of(HtmlReader.Read("https://x.invalid/" + fixture, "https://x.invalid/" + fixture, Fixture.Article(fixture)).Paragraphs);
}
