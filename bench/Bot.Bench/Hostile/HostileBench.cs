using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Answering;
using Bot.Hosting;
using Bot.Knowledge;
using Bot.TestKit.Hostile;

namespace Bot.Bench.Hostile;

/// <summary>
/// Issue 13's hostile questions (the tests' generator, from the seed) through one real `ask --questions FILE --json`
/// process, once at the default Answering:MaxQuestionChars and once at its allowed maximum, each answer timed by its own
/// elapsed_ms. Every 50th line holds an escape no text can hold, which the process must report and pass over.
/// </summary>
internal sealed class HostileBench(KnowledgeOptions knowledge, TimeProvider clock, Action<string> progress)
{
    /// <summary>The goal the issue sets for the slowest answer: at the default cap, and at the maximum cap.</summary>
    static readonly TimeSpan DefaultCapGoal = TimeSpan.FromSeconds(1), MaximumCapGoal = TimeSpan.FromSeconds(2);

    public async Task<HostileBenchResult> RunAsync(int count, int seed, CancellationToken ct)
    {
        using var file = new TempStoreFile();
        using (var seeded = new BenchStore(file.Path, knowledge.ResolvedDataPath, clock)) await seeded.SeedAsync(ct);
        var atDefault = await RunAsync(file.Path, count, seed, new AnsweringOptions().MaxQuestionChars, DefaultCapGoal, ct);
        var atMaximum = await RunAsync(file.Path, count, seed, MaximumCap(), MaximumCapGoal, ct);
        return new HostileBenchResult(atDefault, atMaximum);
    }

    /// <summary>The largest value the setting accepts, read from its validation rule.</summary>
    static int MaximumCap() => Convert.ToInt32(typeof(AnsweringOptions).GetProperty(nameof(AnsweringOptions.MaxQuestionChars))!
        .GetCustomAttribute<RangeAttribute>()!.Maximum, CultureInfo.InvariantCulture);

    async Task<HostileCapResult> RunAsync(string db, int count, int seed, int cap, TimeSpan goal, CancellationToken ct)
    {
        var questions = HostileQuestions.Generate(count, seed, cap);
        var path = Path.Combine(Path.GetTempPath(), $"kzbg-hostile-bench-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllTextAsync(path, Lines(questions), ct);
            progress($"hostile: {count:N0} questions of at most {cap:N0} characters through `ask --questions`…");
            var (stdout, stderr) = await AskAsync(db, path, cap, ct);
            if (stderr.Contains("unexpected failure", StringComparison.Ordinal) || stderr.Contains("   at ", StringComparison.Ordinal))
                throw new InvalidOperationException($"ask --questions failed: {stderr.Split('\n')[0]}");
            var answers = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement)
                .Select(a => (Question: a.GetProperty("question").GetString()!, Ms: a.GetProperty("elapsed_ms").GetDouble())).ToList();
            var reported = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            // The slowest answers, named by the start of their question, so a regression can be replayed at once.
            foreach (var (question, ms) in answers.OrderByDescending(a => a.Ms).Take(3))
                progress($"hostile: {ms:F1} ms at cap {cap:N0}: {question.Length:N0} characters, \"{Head(question)}…\"");
            var milliseconds = answers.Select(a => a.Ms).ToList();
            return new HostileCapResult(cap, answers.Count, reported, milliseconds, milliseconds.Count(ms => ms > goal.TotalMilliseconds));
        }
        finally
        {
            File.Delete(path);
        }
    }

    static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The question's start as a JSON string body: controls escaped, letters as they are.</summary>
    static string Head(string question) => JsonSerializer.Serialize(question.Length > 40 ? question[..40] : question, Readable).Trim('"');

    /// <summary>JSON Lines, so any character survives the file; every 50th line a lone surrogate, to be reported.</summary>
    static string Lines(IReadOnlyList<string> questions)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < questions.Count; i++)
        {
            if (i % 50 == 49) lines.Append("{\"question\":\"turnover \\udc00\\ud800 2024\"}\n");
            else lines.Append(JsonSerializer.Serialize(new { question = questions[i] })).Append('\n');
        }
        return lines.ToString();
    }

    async Task<(string Stdout, string Stderr)> AskAsync(string db, string questions, int cap, CancellationToken ct)
    {
        // The program itself, as a user runs it: its Bot.dll is built beside this one.
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Bot.dll"), "--db", db, "ask", "--questions", questions, "--json" }) info.ArgumentList.Add(a);
        info.Environment["Knowledge__DataPath"] = knowledge.ResolvedDataPath;
        info.Environment["Answering__MaxQuestionChars"] = cap.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (await stdout, await stderr);
    }
}
