using Bot.Sources.Polling;
using Bot.Sources.Tests.Harness;

namespace Bot.Sources.Tests;

/// <summary>A watched page is one document kept up to date: stored once, left alone while unchanged, replaced when it changes.</summary>
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
}
