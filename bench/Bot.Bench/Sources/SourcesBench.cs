using Bot.Hosting;
using System.Diagnostics;
using System.Globalization;
using Bot.Knowledge;
using Bot.Sources;
using Bot.Sources.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench.Sources;

/// <summary>
/// The source monitor on a feed of N items served on loopback: one `sources poll` pass into a seeded temporary store,
/// timed from the feed request to the last item saved — every item fetched, read by SmartReader, filtered, fingerprinted
/// and ingested — then a second pass, which the feed's ETag turns into a single 304.
/// </summary>
internal sealed class SourcesBench(KnowledgeOptions knowledge, TimeProvider clock, Action<string> progress)
{
    public async Task<SourcesBenchResult> RunAsync(int items, int seed, CancellationToken ct)
    {
        using var file = new TempStoreFile();
        using (var seeded = new BenchStore(file.Path, knowledge.ResolvedDataPath, clock)) await seeded.SeedAsync(ct);
        var articles = BenchArticles.Generate(items, seed);
        await using var site = await BenchSite.StartAsync(articles, ct);
        using var services = Services(file.Path, site.FeedUrl, items);
        var poller = services.GetRequiredService<SourcePoller>();

        progress($"sources: polling a feed of {items:N0} items on loopback…");
        var started = Stopwatch.GetTimestamp();
        var report = (await poller.PollAsync(dueOnly: false, ct)).Sources.Single();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (report.Status != SourceStatus.Polled) throw new InvalidOperationException($"the bench feed could not be polled: {report.Error}");

        started = Stopwatch.GetTimestamp();
        var again = (await poller.PollAsync(dueOnly: false, ct)).Sources.Single();
        var repollMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (again.Status != SourceStatus.NotModified) throw new InvalidOperationException($"the second poll was not answered 304 ({again.Status})");

        var nearDuplicates = report.Items.Count(i => i.Reason?.StartsWith("near-duplicate", StringComparison.Ordinal) == true);
        return new SourcesBenchResult(report.Seen, report.New, report.Ingested, report.Skipped, report.Failed, nearDuplicates, report.NewAgreements, seconds, repollMs);
    }

    ServiceProvider Services(string dbPath, string feedUrl, int items)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:DbPath"] = dbPath,
            ["Sources:Feeds:0:Url"] = feedUrl,
            ["Sources:Feeds:0:Name"] = "Bench News",
            ["Sources:MaxItemsPerPoll"] = items.ToString(CultureInfo.InvariantCulture),
            // The site is on 127.0.0.1.
            ["Sources:AllowPrivateNetworks"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddKnowledge(configuration);
        services.AddSourcePolling(configuration);
        return services.BuildServiceProvider();
    }
}
