using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The `eval` verb through the real program: a temporary store, the documents given, the file's patterns.</summary>
public sealed class EvalCliTests : IDisposable
{
    readonly TempFolder _files = new();

    const string Article = """
        ---
        title: "Trade between Kazakhstan and Bulgaria hits a record"
        date: 2025-06-10
        source: https://example.org/trade-record
        lang: en
        ---

        Bilateral trade turnover between Kazakhstan and Bulgaria reached $375.2 million in 2024, the ministry said.
        """;

    [Fact]
    public async Task Eval_scores_each_answer_and_prints_every_failure_with_the_answer_given()
    {
        _files.Write("docs/trade.md", Article);
        var questions = _files.Write("q.jsonl",
            """
            {"id": "t1", "lang": "en", "kind": "trade", "question": "What was the trade turnover in 2024?", "expect_all": ["375"], "expect_any": ["million|\\$"], "forbid": []}
            {"id": "t2", "lang": "en", "kind": "trade", "question": "What was the trade turnover in 2024?", "expect_all": ["999"], "expect_any": [], "forbid": []}
            """);
        var r = await CliRunner.RunAsync(["--no-seed", "eval", "--questions", questions, "--docs", Path.Combine(_files.Path, "docs")]);

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("passed 1/2");
        r.Stdout.ShouldContain("FAIL t2");
        r.Stdout.ShouldContain("missing /999/");
        r.Stdout.ShouldContain("375");
        r.Stdout.ShouldContain("by kind:     trade 1/2");
    }

    [Fact]
    public async Task A_malformed_questions_file_is_one_line_naming_the_line_and_exit_code_2()
    {
        var questions = _files.Write("q.jsonl", "{\"id\": \"a\", \"question\": \"q?\"}\n{\"id\": \"b\"\n");
        var r = await CliRunner.RunAsync(["--no-seed", "eval", "--questions", questions]);

        r.ExitCode.ShouldBe(2);
        r.Stderr.Trim().Split('\n').Length.ShouldBe(1);
        r.Stderr.ShouldContain("q.jsonl line 2");
    }

    [SharedFact("devset/questions.jsonl")]
    public async Task Eval_json_over_the_devset_reports_every_question_passed_in_the_documented_shape()
    {
        var r = await CliRunner.RunAsync(["eval", "--questions", Paths.DevsetFile, "--json"]);

        r.ExitCode.ShouldBe(0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["passed", "total", "rate", "by_kind", "by_lang", "wrong_language", "errors", "median_ms", "max_ms", "failures", "results"]);
        root.GetProperty("errors").GetInt32().ShouldBe(0);
        root.GetProperty("passed").GetInt32().ShouldBe(root.GetProperty("total").GetInt32(), r.Stdout);
        root.GetProperty("by_lang").GetProperty("kk").GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
    }

    public void Dispose() => _files.Dispose();
}
