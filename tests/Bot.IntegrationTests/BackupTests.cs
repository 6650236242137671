using Bot.TelegramSimulator;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>`backup PATH`: a copy taken while another process writes is whole, checks clean, and answers as the store does.</summary>
public sealed class BackupTests : IDisposable
{
    const string Question = "What memoranda were signed in Astana on 9 June 2025?";
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-backup-{Guid.NewGuid():N}.db");
    readonly TempFolder _out = new();

    [Fact]
    public async Task A_backup_taken_while_another_connection_writes_passes_the_integrity_check_and_answers_the_same()
    {
        var original = await CliRunner.RunAsync(["--db", _db, "ask", Question, "--json"]);
        original.ExitCode.ShouldBe(0, original.Stderr);
        using var writer = new TestStores(_db);
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writing = Task.Run(() =>
        {
            // A second process's writes, as the running bot makes them, for as long as the backup takes.
            for (var chat = 900_000L; !stop.IsCancellationRequested; chat++)
            {
                writer.Chats.Touch(chat, "private", null, reactivate: true);
                Interlocked.Increment(ref written);
            }
        });
        await Eventually.TrueAsync(() => Volatile.Read(ref written) > 50, "the writer is writing", TimeSpan.FromSeconds(30));
        var target = Path.Combine(_out.Path, "nested", "backup.db");

        var backup = await CliRunner.RunAsync(["--db", _db, "backup", target]);
        await stop.CancelAsync();
        await writing;

        backup.ExitCode.ShouldBe(0, backup.Stderr);
        backup.Stdout.ShouldContain("integrity ok");
        using (var check = new SQLite.SQLiteConnection(target, SQLite.SQLiteOpenFlags.ReadOnly))
            check.ExecuteScalar<string>("PRAGMA integrity_check").ShouldBe("ok");
        var restored = await CliRunner.RunAsync(["--db", target, "ask", Question, "--json"]);
        restored.ExitCode.ShouldBe(0, restored.Stderr);
        WithoutTiming(restored.Stdout).ShouldBe(WithoutTiming(original.Stdout));
    }

    [Fact]
    public async Task A_backup_taken_while_the_bot_runs_and_answers_chats_passes_the_integrity_check_and_answers_as_the_live_store()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        using var bot = BotProcess.Start(_db, sim);
        await sim.WaitForCallsAsync("getUpdates", timeout: TimeSpan.FromSeconds(60));
        // The bot writes while the backup runs: each question records its chat and a question-log row.
        for (var chat = 910_001L; chat <= 910_020; chat++) sim.InjectMessage(chat, chat, Question);
        await sim.WaitForSentAsync(_ => true, 1, TimeSpan.FromSeconds(60));
        var target = Path.Combine(_out.Path, "while-running.db");

        var backup = await CliRunner.RunAsync(["--db", _db, "backup", target]);

        backup.ExitCode.ShouldBe(0, backup.Stderr);
        backup.Stdout.ShouldContain("integrity ok");
        await sim.WaitForSentAsync(_ => true, 20, TimeSpan.FromSeconds(120));
        using (var check = new SQLite.SQLiteConnection(target, SQLite.SQLiteOpenFlags.ReadOnly))
            check.ExecuteScalar<string>("PRAGMA integrity_check").ShouldBe("ok");
        var live = await CliRunner.RunAsync(["--db", _db, "ask", Question, "--json"]);
        var restored = await CliRunner.RunAsync(["--db", target, "ask", Question, "--json"]);
        restored.ExitCode.ShouldBe(0, restored.Stderr);
        WithoutTiming(restored.Stdout).ShouldBe(WithoutTiming(live.Stdout));
        await bot.SignalAsync("TERM");
        (await bot.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, bot.Stderr);
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        (await CliRunner.RunAsync(["--db", _db, "ask", Question])).ExitCode.ShouldBe(0);
        var target = _out.Write("taken.db", "keep me");

        var backup = await CliRunner.RunAsync(["--db", _db, "backup", target]);

        backup.ExitCode.ShouldBe(1);
        backup.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        backup.Stderr.ShouldContain("already exists");
        (await File.ReadAllTextAsync(target)).ShouldBe("keep me");
    }

    [Fact]
    public async Task A_backup_of_a_missing_store_says_so_and_creates_nothing()
    {
        var backup = await CliRunner.RunAsync(["--db", _db, "backup", Path.Combine(_out.Path, "b.db")]);

        backup.ExitCode.ShouldBe(1);
        backup.Stderr.ShouldContain("no knowledge store");
        File.Exists(_db).ShouldBeFalse();
    }

    static string WithoutTiming(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"elapsed_ms\":[0-9.]+", "");

    public void Dispose()
    {
        _out.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        foreach (var f in new[] { _db + ".lock", _db + ".lock.owner" }) File.Delete(f);
    }
}
