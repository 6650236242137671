using System.Text;
using Bot.Knowledge.SourceState;
using Bot.Sources.Tests.Harness;
using Bot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Sources.Tests;

/// <summary>
/// Feeds and pages managed at run time: stored in the database, seeded from the settings, polled without a restart,
/// paused and removed for good; OPML in and out, with hostile XML refused.
/// </summary>
public sealed class RunTimeSourcesTests : IDisposable
{
    readonly SourcesHarness _h = new();

    public void Dispose() => _h.Dispose();

    IFeedRegistry Registry => _h.Services.GetRequiredService<IFeedRegistry>();

    [Fact]
    public async Task A_feed_added_at_run_time_is_polled_and_a_paused_one_is_not()
    {
        _h.Server.Rss("/added.rss", FeedXml.Rss("Added wire"));
        _h.Server.Rss("/paused.rss", FeedXml.Rss("Paused wire"));
        Registry.Add(_h.Server.Url("/added.rss"), null, "admin").Outcome.ShouldBe(FeedOutcome.Added);
        Registry.Add(_h.Server.Url("/paused.rss"), null, "admin");
        Registry.Pause(_h.Server.Url("/paused.rss"), paused: true).Outcome.ShouldBe(FeedOutcome.Paused);

        var report = await _h.PollAsync();

        report.Sources.Select(s => s.Source.Url.AbsoluteUri).ShouldBe([_h.Server.Url("/added.rss")]);
        _h.State("/added.rss").LastPolledAt.ShouldNotBeNull();
        Registry.List().Single(f => f.Url == _h.Server.Url("/paused.rss")).Paused.ShouldBeTrue();
    }

    [Fact]
    public void A_configured_feed_is_listed_and_one_removed_stays_removed_when_the_settings_are_read_again()
    {
        _h.AddFeed("/configured.rss", name: "Configured wire", interval: "01:00:00");
        _h.AddFeed("/kept.rss", name: "Kept wire");
        Registry.List().Select(f => (f.Name, f.Origin)).ShouldBe([("Configured wire", "config"), ("Kept wire", "config")]);

        Registry.Remove("1").Outcome.ShouldBe(FeedOutcome.Removed);
        // A second process on the same store reads the same settings.
        using var again = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_h.Clock)
            .AddKnowledge(Config()).AddSourcePolling(Config()).BuildServiceProvider();

        again.GetRequiredService<IFeedRegistry>().List().Select(f => f.Name).ShouldBe(["Kept wire"]);
    }

    IConfiguration Config() =>
        new ConfigurationBuilder().AddInMemoryCollection(_h.Settings).Build();

    [Fact]
    public void An_interval_below_the_minimum_is_raised_to_it_and_a_bad_address_is_refused()
    {
        _h.Set("MinimumInterval", "00:10:00");

        var fast = Registry.Add("https://agency.example/rss.xml", TimeSpan.FromMinutes(1), "admin");
        var bad = Registry.Add("ftp://agency.example/rss.xml", null, "admin");

        fast.IntervalRaised.ShouldBeTrue();
        fast.Feed!.Interval.ShouldBe(TimeSpan.FromMinutes(10));
        bad.Outcome.ShouldBe(FeedOutcome.BadUrl);
        Registry.Remove("https://agency.example/nothing.xml").Outcome.ShouldBe(FeedOutcome.NotFound);
        Registry.List().Count.ShouldBe(1);
    }

    [Fact]
    public void Exported_opml_imports_into_another_store_with_names_kinds_and_intervals()
    {
        Registry.Add("https://agency.example/rss.xml", TimeSpan.FromHours(2), "admin", name: "Agency");
        Registry.Add("https://embassy.example/relations", null, "admin", isPage: true, name: "Embassy page");
        using var opml = new MemoryStream();
        Registry.ExportOpml(opml);

        using var other = new SourcesHarness();
        var registry = other.Services.GetRequiredService<IFeedRegistry>();
        var result = registry.ImportOpml(new MemoryStream(opml.ToArray()), "opml");

        (result.Added, result.AlreadyWatched, result.Refused.Count).ShouldBe((2, 0, 0), Encoding.UTF8.GetString(opml.ToArray()));
        registry.List().Select(f => (f.Name, f.Kind, f.Url, f.Interval)).ShouldBe([
            ("Agency", "feed", "https://agency.example/rss.xml", TimeSpan.FromHours(2)),
            ("Embassy page", "page", "https://embassy.example/relations", TimeSpan.FromMinutes(30))]);
        var again = registry.ImportOpml(new MemoryStream(opml.ToArray()), "opml");
        (again.Added, again.AlreadyWatched).ShouldBe((0, 2));
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><opml version="2.0"><body><outline text="&lol2;" xmlUrl="https://a.example/rss"/></body></opml>""", "DTD")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://a.example/rss"/></body></opml>""", "DTD")]
    [InlineData("""<rss version="2.0"><channel/></rss>""", "not an OPML file")]
    [InlineData("""<opml><body><outline""", "not a readable OPML file")]
    public void A_hostile_or_broken_opml_file_is_refused_in_one_line_and_adds_nothing(string xml, string reason)
    {
        var error = Should.Throw<FeedListException>(() => Registry.ImportOpml(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "opml"));

        error.Message.ShouldContain(reason);
        error.Message.ShouldNotContain("\n");
        Registry.List().ShouldBeEmpty();
    }

    [Fact]
    public void Feeds_in_opml_folders_are_imported_and_non_http_ones_are_reported()
    {
        const string xml = """
            <opml version="2.0"><head><title>Reader</title></head><body>
              <outline text="Balkans"><outline text="Agency" type="rss" xmlUrl="https://agency.example/rss.xml"/>
                <outline text="Deep"><outline text="Wire" type="rss" xmlUrl="https://wire.example/atom"/></outline></outline>
              <outline text="Local" type="rss" xmlUrl="file:///etc/passwd"/>
            </body></opml>
            """;

        var result = Registry.ImportOpml(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "opml");

        result.Added.ShouldBe(2);
        result.Refused.ShouldBe(["file:///etc/passwd: not an http(s) address"]);
        Registry.List().Select(f => f.Name).ShouldBe(["Agency", "Wire"]);
    }
}
