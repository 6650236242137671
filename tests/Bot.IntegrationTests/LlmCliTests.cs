using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The `ask` and `chat` verbs with Llm:* set, against a model on loopback: same JSON shape, "mode" says "llm".</summary>
public sealed class LlmCliTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-llm-cli-{Guid.NewGuid():N}.db");
    readonly FactEchoModel _model = new();

    Dictionary<string, string> Llm() => new()
    {
        ["Llm__Provider"] = "openai-compatible",
        ["Llm__Endpoint"] = _model.Endpoint,
        ["Llm__Model"] = "echo",
        ["Llm__Timeout"] = "00:00:20",
    };

    [Fact]
    public async Task Ask_reports_mode_llm_when_the_models_answer_is_shown()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "ask", "What was the trade turnover in 2024?", "--json"], env: Llm());

        r.ExitCode.ShouldBe(0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["question", "answer", "lang", "mode", "citations", "elapsed_ms"]);
        root.GetProperty("mode").GetString().ShouldBe("llm");
        root.GetProperty("answer").GetString()!.ShouldMatch(@"^375(\.2)? million USD \[1\]$");
        root.GetProperty("citations").GetArrayLength().ShouldBe(1);
        root.GetProperty("citations")[0].GetProperty("url").GetString()!.ShouldStartWith("http");
    }

    [Fact]
    public async Task Chat_condenses_a_follow_up_through_the_model_and_answers_it()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "chat", "--json"], stdin: "What was the trade turnover in 2024?\nand in 2023?\n", env: Llm());

        r.ExitCode.ShouldBe(0, r.Stderr);
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        answers.Select(a => a.GetProperty("mode").GetString()).ShouldBe(["llm", "llm"]);
        answers[1].GetProperty("answer").GetString()!.ShouldContain("million USD");
        // Answer, then condense + answer for the follow-up.
        _model.Requests.ShouldBe(3);
    }

    [Fact]
    public async Task A_failed_model_call_is_one_warning_line_without_a_stack_or_the_key()
    {
        _model.Dispose();
        var env = Llm();
        env["Llm__ApiKey"] = "sk-test-key-that-must-not-leak";

        var r = await CliRunner.RunAsync(["--db", _db, "ask", "What was the trade turnover in 2024?", "--json"], env: env);

        r.ExitCode.ShouldBe(0, r.Stderr);
        JsonDocument.Parse(r.Stdout).RootElement.GetProperty("mode").GetString().ShouldBe("offline");
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, r.Stderr);
        lines[0].ShouldContain("The model's answer was not shown (error");
        r.Stderr.ShouldNotContain(" at ");
        r.Stderr.ShouldNotContain("must-not-leak");
    }

    [Fact]
    public async Task An_unreachable_model_gives_the_offline_answer()
    {
        _model.Dispose();
        var env = Llm();
        env["Llm__Timeout"] = "00:00:03";

        var r = await CliRunner.RunAsync(["--db", _db, "ask", "What was the trade turnover in 2024?", "--json"], env: env);

        r.ExitCode.ShouldBe(0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("mode").GetString().ShouldBe("offline");
        root.GetProperty("answer").GetString()!.ShouldContain("375");
    }

    [Fact]
    public async Task A_bad_llm_setting_is_one_line_naming_the_key()
    {
        var env = Llm();
        env["Llm__Provider"] = "gpt";

        var r = await CliRunner.RunAsync(["--db", _db, "ask", "What was the trade turnover in 2024?"], env: env);

        r.ExitCode.ShouldBe(2);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("Llm:Provider");
    }

    public void Dispose()
    {
        _model.Dispose();
        TempStore.DeleteFiles(_db);
    }
}
