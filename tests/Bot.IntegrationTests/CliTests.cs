using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The command-line contract, through the real program: verbs, JSON shapes, exit codes, one-line errors.</summary>
public sealed class CliTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-cli-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(["--db", _db, .. args]);

    [Fact]
    public async Task Ask_with_json_prints_the_documented_shape_with_sources()
    {
        var r = await Run("ask", "What memoranda were signed in Astana on 9 June 2025?", "--json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["question", "answer", "lang", "mode", "citations", "elapsed_ms"]);
        root.GetProperty("mode").GetString().ShouldBe("offline");
        root.GetProperty("lang").GetString().ShouldBe("en");
        root.GetProperty("answer").GetString()!.ShouldContain("Shymkent");
        var citation = root.GetProperty("citations")[0];
        citation.EnumerateObject().Select(p => p.Name).ShouldBe(["title", "url", "date"]);
    }

    [Fact]
    public async Task Ask_in_plain_text_answers_in_the_question_language_with_a_sources_list()
    {
        var r = await Run("ask", "Каков был товарооборот в 2024 году?");
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("375");
        r.Stdout.ShouldContain("Источники:");
    }

    [Fact]
    public async Task Ask_questions_file_answers_each_line_and_reports_a_malformed_line_without_losing_the_others()
    {
        var file = _files.Write("q.jsonl", "What was the trade turnover in 2023?\n{\"question\": \"Кто такой Радев?\"}\n{not json\n\nWhere did the talks of 9 June 2025 take place?\n");
        var r = await Run("ask", "--questions", file, "--json");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("line 3");
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()).ShouldContain("Кто такой Радев?");
    }

    [Fact]
    public async Task Chat_reads_questions_from_standard_input_and_keeps_the_subject_for_a_follow_up()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "chat", "--json"],
            stdin: "According to the article, what amount did mutual trade exceed over four months of the year?\nAnd what was the figure for 2024?\n");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("answer").GetString()!).ToList();
        answers.Count.ShouldBe(2);
        answers[0].ShouldContain("83");
        answers[1].ShouldContain("375");
    }

    [Fact]
    public async Task Ingest_reports_each_failure_in_one_line_and_still_ingests_the_good_file()
    {
        _files.Write("docs/good.md", "---\ntitle: Test\ndate: 2026-03-02\nsource: https://example.org/test-news\nlang: en\n---\n\nOn 2 March 2026 in Sofia, a memorandum of cooperation between the cities of Varna and Almaty was signed.\n");
        _files.WriteBytes("docs/binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
        _files.Write("docs/broken.md", "---\ntitle: x\n\nno closing fence");
        var r = await Run("ingest", Path.Combine(_files.Path, "docs"), "--json");
        r.ExitCode.ShouldBe(1);
        using var doc = JsonDocument.Parse(r.Stdout);
        doc.RootElement.GetProperty("added").GetInt32().ShouldBe(1);
        doc.RootElement.GetProperty("failed").GetInt32().ShouldBe(2);
        doc.RootElement.GetProperty("new_agreements").GetInt32().ShouldBe(1);
        var again = await Run("ingest", Path.Combine(_files.Path, "docs", "good.md"));
        again.ExitCode.ShouldBe(0);
        again.Stdout.ShouldContain("1 unchanged");
        var listed = await Run("agreements", "--since", "2026", "--json");
        JsonDocument.Parse(listed.Stdout).RootElement.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Agreements_and_trade_list_what_the_store_knows()
    {
        var agreements = await Run("agreements", "--since", "2025-06-09", "--topic", "municipal", "--json");
        agreements.ExitCode.ShouldBe(0, agreements.Stderr);
        JsonDocument.Parse(agreements.Stdout).RootElement.GetArrayLength().ShouldBe(2);
        var trade = await Run("trade", "--json");
        var figures = JsonDocument.Parse(trade.Stdout).RootElement.EnumerateArray().ToList();
        figures.ShouldContain(f => f.GetProperty("metric").GetString() == "turnover" && f.GetProperty("period").GetString() == "2024" && f.GetProperty("value").GetDouble() == 375.2);
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask|x|--lang|de")]
    [InlineData("agreements|--since|yesterday")]
    [InlineData("no-such-verb")]
    public async Task Bad_usage_exits_2_with_a_one_line_error_and_no_stack_trace(string args)
    {
        var r = await Run(args.Split('|'));
        r.ExitCode.ShouldBe(2);
        r.Stderr.ShouldStartWith("error:");
        r.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task No_seed_leaves_a_new_store_empty_so_nothing_is_found()
    {
        var r = await Run("--no-seed", "ask", "What was the trade turnover in 2024?", "--json");
        r.ExitCode.ShouldBe(0, r.Stderr);
        JsonDocument.Parse(r.Stdout).RootElement.GetProperty("citations").GetArrayLength().ShouldBe(0);
    }

    public void Dispose()
    {
        _files.Dispose();
        TempStore.DeleteFiles(_db);
    }
}
