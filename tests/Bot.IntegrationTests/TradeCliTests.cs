using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The `trade` verb through the real program: figures grouped by metric, each period once, sources readable.</summary>
public sealed class TradeCliTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-trade-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(["--db", _db, "--no-seed", .. args]);

    async Task IngestTwoReportsAsync()
    {
        var first = _files.Write("a.md", "---\ntitle: Trade report\ndate: 2025-06-10\nsource: https://example.org/новости/%D1%82%D0%BE%D1%80%D0%B3%D0%BE%D0%B2%D0%BB%D1%8F\nlang: en\n---\n\n" +
            "Bilateral trade reached $375.2 million last year. Kazakh exports to Bulgaria rose to $303.6 million, while imports from Bulgaria came to $71.6 million.\n");
        var second = _files.Write("b.md", "---\ntitle: Second report\ndate: 2025-06-12\nsource: https://www.example.com/b\nlang: ru\n---\n\n" +
            "В прошлом году товарооборот составил 375 млн долларов.\n");
        (await Run("ingest", first, second)).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Trade_lists_each_metric_under_a_heading_and_each_period_once_with_every_source_value()
    {
        await IngestTwoReportsAsync();

        var r = await Run("trade");

        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n');
        lines[0].ShouldBe("Trade and investment figures");
        var turnover = Array.IndexOf(lines, "Trade turnover");
        var exports = Array.IndexOf(lines, "Kazakh exports to Bulgaria");
        var imports = Array.IndexOf(lines, "Kazakh imports from Bulgaria");
        turnover.ShouldBeGreaterThan(0);
        exports.ShouldBeGreaterThan(turnover);
        imports.ShouldBeGreaterThan(exports);
        var periodLines = lines[(turnover + 1)..exports].Where(l => l.TrimStart().StartsWith("2024", StringComparison.Ordinal)).ToList();
        periodLines.ShouldHaveSingleItem().ShouldContain("$375.2 million [1]");
        periodLines[0].ShouldContain("$375 million [2]");
    }

    [Fact]
    public async Task Trade_shows_source_links_without_the_scheme_and_with_escapes_decoded()
    {
        await IngestTwoReportsAsync();

        var r = await Run("trade");

        r.Stdout.ShouldContain("[1] Trade report (2025-06-10)  example.org/новости/торговля");
        r.Stdout.ShouldContain("[2] Second report (2025-06-12)  example.com/b");
        r.Stdout.ShouldNotContain("https://");
    }

    [Fact]
    public async Task Trade_labels_follow_the_language_asked_for()
    {
        await IngestTwoReportsAsync();

        var r = await Run("trade", "--lang", "kk");

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldStartWith("Сауда мен инвестиция сандары");
        r.Stdout.ShouldContain("Қазақстанның Болгарияға экспорты");
        r.Stdout.ShouldContain("Дереккөздер:");
    }

    [Fact]
    public async Task Trade_json_keeps_its_fields_and_adds_the_direction()
    {
        await IngestTwoReportsAsync();

        var r = await Run("trade", "--json");

        var figures = JsonDocument.Parse(r.Stdout).RootElement.EnumerateArray().ToList();
        var imports = figures.Single(f => f.GetProperty("value").GetDouble() == 71.6);
        imports.GetProperty("metric").GetString().ShouldBe("exports_bg_to_kz");
        imports.GetProperty("direction").GetString().ShouldBe("bg_to_kz");
        imports.GetProperty("period").GetString().ShouldBe("2024");
        foreach (var field in new[] { "scale", "unit", "qualifier", "growth_factor", "growth_percent", "compared_to", "source" })
            imports.TryGetProperty(field, out _).ShouldBeTrue(field);
    }

    public void Dispose()
    {
        _files.Dispose();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }
}
