using System.Security.Cryptography;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>`--read-only`: a store answered from without a single byte written (a copy on read-only media, a backup checked).</summary>
public sealed class ReadOnlyStoreTests : IDisposable
{
    static readonly string[] SideFiles = ["-wal", "-journal"];
    const string Question = "What memoranda were signed in Astana on 9 June 2025?";
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-ro-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Ask_and_chat_answer_from_a_read_only_store_and_leave_it_unchanged()
    {
        var writable = await CliRunner.RunAsync(["--db", _db, "ask", Question, "--json"]);
        writable.ExitCode.ShouldBe(0, writable.Stderr);
        var before = Fingerprint();

        var ask = await CliRunner.RunAsync(["--db", _db, "--read-only", "ask", Question, "--json"]);
        var chat = await CliRunner.RunAsync(["--db", _db, "--read-only", "chat", "--json"], stdin: Question + "\nwho signed them?\n");

        ask.ExitCode.ShouldBe(0, ask.Stderr);
        WithoutTiming(ask.Stdout).ShouldBe(WithoutTiming(writable.Stdout));
        chat.ExitCode.ShouldBe(0, chat.Stderr);
        chat.Stdout.Trim().Split('\n').Length.ShouldBe(2, chat.Stdout);
        Fingerprint().ShouldBeOneOf(before, before + "-wal:0");
    }

    [Fact]
    public async Task A_missing_store_is_reported_and_not_created()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "--read-only", "ask", Question]);

        r.ExitCode.ShouldBe(1);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        r.Stderr.ShouldContain("no knowledge store");
        File.Exists(_db).ShouldBeFalse();
    }

    [Fact]
    public async Task The_bot_refuses_a_read_only_store_in_one_line()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "--read-only", "run"], env: new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "123456789:AAH4c5m7qLr0xS9tUvWyZbD2eFgHiJkLmNo",
        });

        r.ExitCode.ShouldBe(2);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        r.Stderr.ShouldContain("--read-only");
    }

    /// <summary>
    /// The store's bytes and what its write-ahead log and journal hold. A WAL reader may leave an empty -wal and the
    /// shared-memory index beside the file; neither holds data.
    /// </summary>
    string Fingerprint() =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_db))) + string.Concat(SideFiles.Select(s => File.Exists(_db + s) ? $"{s}:{new FileInfo(_db + s).Length}" : ""));

    static string WithoutTiming(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"elapsed_ms\":[0-9.]+", "");

    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
    }
}
