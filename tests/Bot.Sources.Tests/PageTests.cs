using Bot.Knowledge.Storage;
using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>
/// A watched page is one document kept up to date: stored once, left alone while unchanged, replaced when it changes.
/// A page of several dated news items is read item by item, as `ingest` reads it.
/// </summary>
public sealed class PageTests : IDisposable
{
    readonly SourcesHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_page_is_stored_then_left_alone_on_a_304_and_stored_again_when_it_changes()
    {
        var html = Fixture.Article("embassy-relations");
        _h.Server.Serve("/relations", "text/html; charset=utf-8", html, etag: "\"r1\"");
        _h.AddPage("/relations", "Embassy: relations");

        var first = await _h.PollAsync();
        var second = await _h.PollAsync();
        _h.Server.Serve("/relations", "text/html; charset=utf-8",
            html.Replace("were established in 1992.", "were established in 1992 and celebrated their anniversary with a concert in Astana.", StringComparison.Ordinal), etag: "\"r2\"");
        var third = await _h.PollAsync();

        first.Sources.Single().Items.Single().Outcome.ShouldBe(ItemOutcome.Ingested);
        second.Sources.Single().Status.ShouldBe(SourceStatus.NotModified);
        third.Sources.Single().Items.Single().Outcome.ShouldBe(ItemOutcome.Ingested);
        _h.Count("documents").ShouldBe(1);
        _h.Store.Db.Connection.QueryScalars<string>("SELECT text FROM passages").ShouldContain(p => p.Contains("concert in Astana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_page_from_a_server_without_validators_is_reported_unchanged()
    {
        _h.Server.Html("/relations", Fixture.Article("embassy-relations"));
        _h.AddPage("/relations");

        await _h.PollAsync();
        var again = await _h.PollAsync();

        again.Sources.Single().Items.Single().Outcome.ShouldBe(ItemOutcome.Unchanged);
        _h.Count("documents").ShouldBe(1);
    }

    [Fact]
    public async Task A_news_page_of_several_items_is_stored_item_by_item_and_alerts_only_for_a_new_item()
    {
        var html = Fixture.Article("embassy-news-page");
        _h.Server.Html("/news", html);
        _h.AddPage("/news", "Embassy: news");

        var first = await _h.PollAsync();
        var again = await _h.PollAsync();
        // A new item at the top of the page, as news pages add them.
        var top = html.IndexOf("""<div class="item">""", StringComparison.Ordinal);
        _h.Server.Html("/news", html.Insert(top, """
            <div class="item">
              <h2>Agreement on cooperation in tourism signed in Astana</h2>
              <p class="date">28.04.2026</p>
              <p>Yesterday in Astana the ministers of tourism of Kazakhstan and Bulgaria signed an agreement on cooperation in tourism, which opens joint promotion of both countries at travel fairs.</p>
            </div>
            """));
        var third = await _h.PollAsync();

        first.Sources.Single().Items.Single().Outcome.ShouldBe(ItemOutcome.Ingested);
        // The holiday notice is not about Kazakhstan and Bulgaria: it is left out, and the other items kept.
        var docs = _h.Store.Db.Connection.Query<DocumentRow>("SELECT * FROM documents ORDER BY uri");
        docs.Select(d => d.Uri.Replace(_h.Server.Url("/news"), "", StringComparison.Ordinal)).ShouldBe(["#2026-04-02", "#2026-04-14", "#2026-04-28"]);
        docs.Select(d => d.Published).ShouldBe(["2026-04-02", "2026-04-14", "2026-04-28"]);
        // Each item's "today" and "yesterday" is its own day, not the newest item's.
        _h.Store.Agreements.All().Select(a => a.Signed.ToString()).Order().ShouldBe(["2026-04-14", "2026-04-27"]);
        again.Sources.Single().Items.Single().Outcome.ShouldBe(ItemOutcome.Unchanged);
        third.Sources.Single().Items.Single().NewAgreements.ShouldBe(1);
        _h.NewAgreementSignals.ShouldBe(2);
    }
}
