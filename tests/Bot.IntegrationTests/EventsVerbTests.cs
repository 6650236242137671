using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The `events` verb through the real program: what ingestion found, filtered by kind and date, as text or JSON.</summary>
public sealed class EventsVerbTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-events-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(["--db", _db, "--no-seed", .. args]);

    async Task IngestAsync()
    {
        _files.Write("docs/visit.md", "---\ntitle: Visit\ndate: 2026-03-05\nlang: en\n---\n\n" +
            "ASTANA — Bulgarian President Iliana Iotova arrived in Kazakhstan yesterday on an official visit and held talks with President Kassym-Jomart Tokayev at the Akorda.\n\n" +
            "The ninth session of the intergovernmental commission took place in Sofia in 2021.\n");
        var r = await Run("ingest", Path.Combine(_files.Path, "docs"));
        r.ExitCode.ShouldBe(0, r.Stderr);
    }

    [Fact]
    public async Task Events_as_json_list_each_event_with_its_kind_people_place_dates_and_source()
    {
        await IngestAsync();

        var r = await Run("events", "--json");

        r.ExitCode.ShouldBe(0, r.Stderr);
        var events = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        var visit = events.Single(e => e.GetProperty("kind").GetString() == "visit");
        visit.GetProperty("start").GetString().ShouldBe("2026-03-04");
        visit.GetProperty("format").GetString().ShouldBe("official");
        visit.GetProperty("actors")[0].GetProperty("name").GetString().ShouldBe("Iliana Iotova");
        visit.GetProperty("source").GetProperty("title").GetString().ShouldBe("Visit");
        events.ShouldContain(e => e.GetProperty("kind").GetString() == "talks");
        events.ShouldContain(e => e.GetProperty("kind").GetString() == "session" && e.GetProperty("ordinal").GetInt32() == 9);
    }

    [Fact]
    public async Task Kind_and_since_narrow_the_list()
    {
        await IngestAsync();

        var sessions = await Run("events", "--kind", "session", "--json");
        JsonDocument.Parse(sessions.Stdout).RootElement.EnumerateArray().ShouldAllBe(e => e.GetProperty("kind").GetString() == "session");
        var recent = await Run("events", "--since", "2026", "--json");
        JsonDocument.Parse(recent.Stdout).RootElement.EnumerateArray().ShouldNotContain(e => e.GetProperty("kind").GetString() == "session");
        var text = await Run("events", "--kind", "visit");
        text.Stdout.ShouldContain("2026-03-04");
        text.Stdout.ShouldContain("Iliana Iotova");
    }

    [Theory]
    [InlineData("events|--kind|party")]
    [InlineData("events|--since|soon")]
    public async Task A_bad_filter_exits_2_with_a_one_line_error(string args)
    {
        var r = await Run(args.Split('|'));
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldStartWith("error:");
        r.Stderr.ShouldNotContain("   at ");
    }

    public void Dispose()
    {
        _files.Dispose();
        TempStore.DeleteFiles(_db);
    }
}
