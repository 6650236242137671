using System.Text;
using System.Text.Json;
using Bot.TestKit;
using Bot.TestKit.Hostile;
using Xunit.Abstractions;

namespace Bot.IntegrationTests.Hostile;

/// <summary>Text is data, whatever it holds: hostile questions through the real program are answered or reported, never crash it.</summary>
public sealed class HostileQuestionCliTests(ITestOutputHelper output) : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-hostile-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(["--db", _db, .. args]);

    [Fact]
    public async Task A_noncharacter_in_a_question_is_ignored_and_the_question_answered()
    {
        var r = await Run("ask", "What was the trade \uFFFE turnover in 2024?", "--json");

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stderr.ShouldBeEmpty();
        JsonDocument.Parse(r.Stdout).RootElement.GetProperty("answer").GetString()!.ShouldContain("375");
    }

    [Fact]
    public async Task A_questions_file_line_with_a_lone_surrogate_is_reported_by_number_and_the_rest_answered()
    {
        var file = _files.Write("q.jsonl", "{\"question\":\"trade \\ud800 2024\"}\n{\"question\":\"What was the trade turnover in 2024?\"}\ntrade \uFFFF 2023\n");

        var r = await Run("ask", "--questions", file, "--json");

        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("line 1");
        r.Stderr.ShouldNotContain("unexpected failure");
        r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, r.Stderr);
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        answers.Length.ShouldBe(2);
        JsonDocument.Parse(answers[0]).RootElement.GetProperty("answer").GetString()!.ShouldContain("375");
    }

    [Fact]
    public async Task Chat_answers_past_a_line_holding_noncharacters_and_controls()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "chat", "--json"], stdin: "trade\uFFFE\u0007\u202E 2024\nWhat was the trade turnover in 2024?\n");

        r.ExitCode.ShouldBe(0, r.Stderr);
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        answers.Length.ShouldBe(2);
        JsonDocument.Parse(answers[1]).RootElement.GetProperty("answer").GetString()!.ShouldContain("375");
    }

    [Fact]
    public async Task A_thousand_hostile_questions_in_one_process_are_each_answered_or_reported()
    {
        var questions = HostileQuestions.Generate(1_100, seed: 13);
        var lines = new StringBuilder();
        var expectedReports = 0;
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            // Plain lines where a plain line can hold the question, JSON Lines otherwise, and every 50th line an escape no text can hold.
            if (i % 50 == 49) { lines.Append("{\"question\":\"turnover \\udc00\\ud800 2024\"}\n"); expectedReports++; }
            else if (i % 3 == 0 && !q.Contains('\n') && !q.Contains('\r') && !q.Contains('\u0085') && !q.TrimStart().StartsWith('{') && q.Trim().Length > 0) lines.Append(q).Append('\n');
            else lines.Append(JsonSerializer.Serialize(new { question = q })).Append('\n');
        }
        var file = _files.Write("hostile.jsonl", lines.ToString());

        var r = await CliRunner.RunAsync(["--db", _db, "ask", "--questions", file, "--json"], env: new Dictionary<string, string> { ["BOT_TRACE"] = "1" },
            timeout: DeadlineFor(questions.Count, TimeSpan.FromSeconds(1)));

        r.Stderr.ShouldNotContain("unexpected failure");
        r.Stderr.ShouldNotContain("   at ");
        var reports = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        reports.ShouldAllBe(l => l.StartsWith("error: hostile.jsonl line "));
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        (answers.Count + reports.Length).ShouldBe(questions.Count, "every line is answered or reported");
        reports.Length.ShouldBe(expectedReports, r.Stderr);
        answers.ShouldAllBe(a => a.GetProperty("answer").GetString()!.Length > 0);
        var ms = answers.Select(a => a.GetProperty("elapsed_ms").GetDouble()).Order().ToList();
        // Timing is reported, never asserted: the machine is shared.
        output.WriteLine($"hostile ask --questions: {answers.Count} answered, {reports.Length} reported; median {ms[ms.Count / 2]:F1} ms, p99 {ms[(int)(ms.Count * 0.99)]:F1} ms, slowest {ms[^1]:F1} ms");
    }

    [Fact]
    public async Task Questions_of_one_word_repeated_to_the_maximum_length_are_each_answered()
    {
        const int maxCap = 100_000;
        var questions = HostileQuestions.Pathological(maxCap);
        var file = _files.Write("long.jsonl", string.Concat(questions.Select(q => JsonSerializer.Serialize(new { question = q }) + "\n")));

        var r = await CliRunner.RunAsync(["--db", _db, "ask", "--questions", file, "--json"],
            env: new Dictionary<string, string> { ["Answering__MaxQuestionChars"] = maxCap.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            timeout: DeadlineFor(questions.Count, TimeSpan.FromSeconds(20)));

        r.ExitCode.ShouldBe(0, r.Stderr);
        var answers = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        answers.Count.ShouldBe(questions.Count);
        answers.ShouldAllBe(a => a.GetProperty("answer").GetString()!.Length > 0);
        var ms = answers.Select(a => a.GetProperty("elapsed_ms").GetDouble()).Order().ToList();
        output.WriteLine($"maximum-length questions: {answers.Count}; median {ms[ms.Count / 2]:F1} ms, slowest {ms[^1]:F1} ms");
    }

    /// <summary>
    /// A deadline for a hung process, not a performance bound: the program's start, then a generous allowance for each
    /// question sent (far above what one takes on a loaded machine), so a process that answers every question in linear
    /// time finishes whatever the count, and one stuck on a question is stopped long before a fixed hour would.
    /// </summary>
    static TimeSpan DeadlineFor(int questions, TimeSpan each) => TimeSpan.FromMinutes(2) + questions * each;

    public void Dispose()
    {
        _files.Dispose();
        TempStore.DeleteFiles(_db);
    }
}
