using System.Text;
using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests.Ingest;

/// <summary>
/// `ingest` through the real program, where the failures were seen: file-system traps, hostile URLs, signals, and
/// documents as people have them. Each bad target is one error line; the rest is ingested; no stack trace.
/// </summary>
public sealed class IngestCliTests : IDisposable
{
    static readonly Dictionary<string, string> AllowLoopback = new() { ["Ingestion__AllowPrivateNetworks"] = "true" };

    const string Article = """
        <!DOCTYPE html><html lang="en"><head><title>Trade record</title>
        <meta property="article:published_time" content="2025-06-10"></head>
        <body><article><h1>Trade record</h1>
        <p>Bilateral trade between Kazakhstan and Bulgaria reached $375.2 million in 2024, according to the Ministry of Trade.</p>
        <p>The two countries plan to expand cooperation in transport and energy.</p></article></body></html>
        """;

    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-ingest-cli-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();
    readonly WebServer _web = new();

    Task<CliRunner.Result> Ingest(IDictionary<string, string>? env, params string[] targets) =>
        CliRunner.RunAsync(["--db", _db, "--no-seed", "ingest", .. targets], env: env);

    static void NoStackTrace(CliRunner.Result r)
    {
        r.Stderr.ShouldNotContain("   at ");
        r.Stderr.ShouldNotContain("unexpected failure");
    }

    [Fact]
    public async Task A_symlink_loop_is_walked_once_and_each_file_is_one_document()
    {
        _files.Write("docs/a.md", "---\ntitle: A\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");
        Directory.CreateSymbolicLink(Path.Combine(_files.Path, "docs", "loop"), Path.Combine(_files.Path, "docs"));
        File.CreateSymbolicLink(Path.Combine(_files.Path, "docs", "alias.md"), Path.Combine(_files.Path, "docs", "a.md"));

        var r = await Ingest(null, Path.Combine(_files.Path, "docs"));

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 0 unchanged, 0 failed");
        NoStackTrace(r);
    }

    [Fact]
    public async Task A_fifo_named_like_a_document_is_reported_and_never_opened()
    {
        _files.Write("docs/good.md", "---\ntitle: Good\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");
        var fifo = Path.Combine(_files.Path, "docs", "pipe.md");
        System.Diagnostics.Process.Start("mkfifo", [fifo])!.WaitForExit();

        var r = await Ingest(null, Path.Combine(_files.Path, "docs"));

        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain($"error: {fifo}: empty file, or not a regular file (a pipe, socket or device)");
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 0 unchanged, 1 failed");
        NoStackTrace(r);
    }

    [Fact]
    public async Task A_dangling_link_is_reported_and_the_rest_of_the_folder_is_ingested()
    {
        _files.Write("docs/good.md", "---\ntitle: Good\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");
        File.CreateSymbolicLink(Path.Combine(_files.Path, "docs", "gone.md"), Path.Combine(_files.Path, "nowhere.md"));

        var r = await Ingest(null, Path.Combine(_files.Path, "docs"));

        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("gone.md: cannot read the file");
        r.Stdout.ShouldContain("1 added");
        NoStackTrace(r);
    }

    [UnprivilegedFact]
    public async Task An_unreadable_folder_is_one_error_line_and_the_folders_around_it_are_ingested()
    {
        foreach (var (folder, word) in new[] { ("a", "grew"), ("b-closed", "fell"), ("c", "doubled") })
            _files.Write($"docs/{folder}/report.md", $"---\ntitle: Report {folder}\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria {word}.\n");
        var docs = Path.Combine(_files.Path, "docs");
        foreach (var path in Directory.GetFileSystemEntries(_files.Path, "*", SearchOption.AllDirectories).Append(_files.Path)) Unprivileged.AllowRead(path);
        var closed = Path.Combine(docs, "b-closed");
        Unprivileged.Deny(closed);
        try
        {
            // As a user the folder's mode applies to; the store is in the shared temporary folder, which that user may write.
            var r = await CliRunner.RunAsync(["--db", _db, "--no-seed", "ingest", docs], unprivileged: true);

            r.ExitCode.ShouldBe(1, r.Stderr);
            r.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"error: {closed}: cannot read the folder");
            r.Stdout.ShouldContain("documents: 2 added, 0 updated, 0 unchanged, 1 failed");
            NoStackTrace(r);
        }
        finally
        {
            Unprivileged.Restore(closed);
        }
        var stored = await CliRunner.RunAsync(["--db", _db, "--no-seed", "documents", "list", "--json"]);
        var titles = JsonDocument.Parse(stored.Stdout).RootElement.EnumerateArray().Select(d => d.GetProperty("title").GetString()).Order().ToList();
        titles.ShouldBe(["Report a", "Report c"], stored.Stdout);
    }

    [UnprivilegedFact]
    public async Task A_50_MB_file_is_refused_by_its_size_without_being_opened_and_the_file_after_it_is_ingested()
    {
        var good = _files.Write("docs/b-good.md", "---\ntitle: Good\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");
        var huge = Path.Combine(_files.Path, "docs", "a-huge.txt");
        using (var file = File.Create(huge)) file.SetLength(50L * 1024 * 1024);
        foreach (var path in new[] { _files.Path, Path.GetDirectoryName(good)!, good }) Unprivileged.AllowRead(path);
        // Nobody but root may open it: a refusal for its size, not "cannot read the file", shows it was measured, never opened.
        Unprivileged.Deny(huge);

        var r = await CliRunner.RunAsync(["--db", _db, "--no-seed", "ingest", Path.Combine(_files.Path, "docs")], unprivileged: true);

        r.ExitCode.ShouldBe(1, r.Stderr);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem().ShouldBe($"error: {huge}: larger than 5 MB");
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 0 unchanged, 1 failed");
        NoStackTrace(r);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("2130706433")]
    public async Task A_loopback_url_in_any_spelling_is_refused_without_a_request_unless_the_operator_allows_it(string host)
    {
        _web.Add("/page", new WebServer.Page("text/html", Article));
        var url = _web.Url("/page", host);

        var refused = await Ingest(null, url);

        refused.ExitCode.ShouldBe(1);
        refused.Stderr.ShouldContain($"error: {url}: refused: ");
        refused.Stderr.ShouldContain("(Ingestion:AllowPrivateNetworks)");
        _web.Requests.ShouldBeEmpty();
        NoStackTrace(refused);

        var allowed = await Ingest(AllowLoopback, url);
        allowed.ExitCode.ShouldBe(0, allowed.Stderr);
        allowed.Stdout.ShouldContain("1 added");
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_and_a_body_cut_short_are_each_one_error_line_and_the_file_after_them_is_ingested()
    {
        _web.Add("/to-file", new WebServer.Redirect("file:///etc/passwd"));
        _web.Add("/cut", new WebServer.CutShort());
        var good = _files.Write("good.md", "---\ntitle: Good\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");

        // No time limit is reached here (the default is 30 s): neither outcome depends on how busy the machine is.
        var r = await Ingest(AllowLoopback, _web.Url("/to-file"), _web.Url("/cut"), good);

        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain($"error: {_web.Url("/to-file")}: refused: only http and https URLs are fetched, not file:");
        r.Stderr.ShouldContain($"error: {_web.Url("/cut")}: could not fetch: ");
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 0 unchanged, 2 failed");
        NoStackTrace(r);
    }

    [Fact]
    public async Task A_body_that_trickles_past_the_time_limit_is_one_error_line_and_the_file_after_it_is_ingested()
    {
        // The body never completes (100,000 bytes promised, one sent per 300 ms), so the limit is reached on any machine;
        // it is the only download of the run, so no other target can be caught by it.
        _web.Add("/slow", new WebServer.Trickle(TimeSpan.FromMilliseconds(300)));
        var good = _files.Write("good.md", "---\ntitle: Good\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");

        var r = await Ingest(new Dictionary<string, string>(AllowLoopback) { ["Ingestion__Timeout"] = "00:00:01" }, _web.Url("/slow"), good);

        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain($"error: {_web.Url("/slow")}: timed out after 1 s");
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 0 unchanged, 1 failed");
        NoStackTrace(r);
    }

    [Fact]
    public async Task The_same_page_as_a_file_and_under_two_loopback_names_is_one_document_with_one_figure()
    {
        _web.Add("/news/trade", new WebServer.Page("text/html; charset=utf-8", Article));
        var file = _files.Write("trade.html", Article);

        var r = await Ingest(AllowLoopback, file, _web.Url("/news/trade"), _web.Url("/news/trade", "localhost"));

        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("documents: 1 added, 0 updated, 2 unchanged, 0 failed");
        r.Stderr.ShouldContain("same text as file:");
        var trade = await CliRunner.RunAsync(["--db", _db, "--no-seed", "trade", "--json"]);
        JsonDocument.Parse(trade.Stdout).RootElement.GetArrayLength().ShouldBe(1, trade.Stdout);
    }

    [Fact]
    public async Task Sigterm_stops_the_run_saves_what_was_read_prints_the_summary_and_exits_143()
    {
        for (var i = 0; i < 30; i++)
            _files.Write($"docs/{i:D2}.md", $"---\ntitle: Report {i}\ndate: 2025-06-10\n---\n\nTrade between Kazakhstan and Bulgaria grew by {i} percent.\n");
        _web.Add("/slow", new WebServer.Trickle(TimeSpan.FromSeconds(1)));
        using var process = new CliProcess(["--db", _db, "--no-seed", "ingest", Path.Combine(_files.Path, "docs"), _web.Url("/slow")], AllowLoopback);

        // The folder is saved before the page is fetched: once the server has the request, the files are in the store.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (_web.Requests.IsEmpty && !process.HasExited && DateTime.UtcNow < deadline) await Task.Delay(50);
        _web.Requests.ShouldNotBeEmpty();
        process.Signal(15);
        var r = await process.WaitAsync(TimeSpan.FromSeconds(60));

        r.ExitCode.ShouldBe(143, r.Stderr);
        r.Stdout.ShouldContain("documents: 30 added, 0 updated, 0 unchanged, 0 failed");
        r.Stderr.ShouldContain("stopped by SIGTERM");
        NoStackTrace(r);
    }

    [Fact]
    public async Task An_ingest_killed_mid_run_leaves_a_sound_store_and_the_next_run_adds_the_rest_with_no_document_agreement_or_alert_twice()
    {
        const int First = 400, Second = 100;
        long[] subscribers = [9_001, 9_002];
        var start = new DateOnly(2015, 1, 1);
        // One memorandum per file, each signed on a day of its own: every file is a new agreement and an alert per subscriber.
        for (var i = 0; i < First + Second; i++)
        {
            var day = start.AddDays(i);
            _files.Write($"{(i < First ? "first" : "second")}/{i:D4}.md", $"---\ntitle: Rail memorandum {i}\ndate: {day:yyyy-MM-dd}\nsource: https://news.example.org/rail/{i}\nlang: en\n---\n\n" +
                $"On {day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} in Sofia, Kazakhstan Temir Zholy and Bulgarian State Railways signed a memorandum of understanding on cooperation in rail freight transport.\n");
        }
        using (var store = new TestStores(_db))
        {
            foreach (var chat in subscribers)
            {
                store.Chats.Touch(chat, "private", null, reactivate: true);
                store.Subscriptions.Add(chat, "all", "", "all");
            }
        }
        SQLite.SQLiteAsyncConnection.ResetPool();
        // The page between the two folders holds the run (one byte a second), so the second folder is never read before the kill.
        _web.Add("/held", new WebServer.Trickle(TimeSpan.FromSeconds(1)));
        string[] args = ["--db", _db, "--no-seed", "ingest", Path.Combine(_files.Path, "first"), _web.Url("/held"), Path.Combine(_files.Path, "second")];

        long atKill;
        using (var process = new CliProcess(args, AllowLoopback))
        {
            // SIGKILL (no shutdown code runs) once a tenth of the first folder is visible in the store.
            await Eventually.TrueAsync(() => process.HasExited || Scalar("SELECT COUNT(*) FROM documents") >= First / 10, "documents saved", TimeSpan.FromSeconds(120));
            process.HasExited.ShouldBeFalse("the run ended before it could be killed");
            await process.KillAsync();
            atKill = Scalar("SELECT COUNT(*) FROM documents");
        }

        Integrity().ShouldBe("ok");
        atKill.ShouldBeInRange(First / 10, First);
        // Whatever was committed was committed whole: each saved document with its agreement and both alerts.
        Scalar("SELECT COUNT(*) FROM agreements").ShouldBe(atKill);
        Scalar("SELECT COUNT(*) FROM outbox").ShouldBe(atKill * subscribers.Length);

        _web.Add("/held", new WebServer.Page("text/html; charset=utf-8", Article));
        var again = await CliRunner.RunAsync(args, env: AllowLoopback);

        again.ExitCode.ShouldBe(0, again.Stderr);
        again.Stdout.ShouldContain($"documents: {First + Second + 1 - atKill} added, 0 updated, {atKill} unchanged, 0 failed");
        Integrity().ShouldBe("ok");
        Scalar("SELECT COUNT(*) FROM documents").ShouldBe(First + Second + 1);
        Scalar("SELECT COUNT(DISTINCT content_hash) FROM documents").ShouldBe(First + Second + 1);
        Scalar("SELECT COUNT(*) FROM agreements").ShouldBe(First + Second);
        // One alert per agreement and subscriber: none missing, none queued twice, none sent yet.
        Scalar("SELECT COUNT(*) FROM outbox").ShouldBe((First + Second) * subscribers.Length);
        Scalar("SELECT COUNT(DISTINCT agreement_id) FROM outbox").ShouldBe(First + Second);
        Scalar("SELECT COUNT(*) FROM outbox WHERE state <> 'pending'").ShouldBe(0);
    }

    long Scalar(string sql)
    {
        using var connection = new SQLite.SQLiteConnection(_db);
        return connection.ExecuteScalar<long>(sql);
    }

    string Integrity()
    {
        using var connection = new SQLite.SQLiteConnection(_db);
        return string.Join("; ", connection.QueryScalars<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Documents_as_people_have_them_all_ingest_with_their_warnings_in_json()
    {
        var russian = "Товарооборот Казахстана и Болгарии\n\nТоварооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов. Казахстан поставляет в Болгарию в основном нефть.";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(_files.Path, "cp1251.txt"), Encoding.GetEncoding("windows-1251").GetBytes(russian));
        File.WriteAllBytes(Path.Combine(_files.Path, "koi8.txt"), Encoding.GetEncoding("koi8-r").GetBytes(russian.Replace("375,2", "375,3", StringComparison.Ordinal)));
        File.WriteAllBytes(Path.Combine(_files.Path, "utf16.txt"), Encoding.Unicode.GetBytes(russian.Replace("375,2", "375,4", StringComparison.Ordinal)));
        _files.Write("hugo.md", "---\ntitle: \"Trade\"\ndate: 2025-06-10T08:30:00+03:00\nauthor: Desk\nslug: trade\ntags: [trade, energy]\nlang: xx\n---\n\nTrade between Kazakhstan and Bulgaria grew.\n");

        var r = await Ingest(null, _files.Path, "--json");

        r.ExitCode.ShouldBe(0, r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("added").GetInt32().ShouldBe(4);
        root.GetProperty("interrupted").GetBoolean().ShouldBeFalse();
        var hugo = root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("target").GetString()!.EndsWith("hugo.md", StringComparison.Ordinal));
        hugo.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ShouldBe(
            ["front matter keys ignored: author, slug, tags", "language 'xx' is not one of en, ru, bg, kk; detected en instead"]);
        // The three .txt files state no date: each is stored undated, with that warning.
        root.GetProperty("warnings").GetInt32().ShouldBe(5);
        root.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("target").GetString()!.EndsWith(".txt", StringComparison.Ordinal))
            .ShouldAllBe(d => d.GetProperty("warnings")[0].GetString()!.StartsWith("undated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_and_word_files_are_ingested_and_a_scan_without_text_gets_one_line()
    {
        File.WriteAllBytes(Path.Combine(_files.Path, "statement.pdf"), OfficeFiles.Pdf("Joint statement", null,
            "ASTANA, 9 June 2025 - Joint statement.", "", "In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million."));
        File.WriteAllBytes(Path.Combine(_files.Path, "memo.docx"), OfficeFiles.Docx("Memorandum", new DateTime(2025, 6, 9), null,
            "The cities of Astana and Sofia agreed to cooperate in culture."));
        var scan = Path.Combine(_files.Path, "scan.pdf");
        File.WriteAllBytes(scan, OfficeFiles.Pdf("Scanned treaty", null));

        var r = await Ingest(null, _files.Path);

        r.ExitCode.ShouldBe(1);
        r.Stdout.ShouldContain("documents: 2 added, 0 updated, 0 unchanged, 1 failed");
        r.Stderr.ShouldContain($"error: {scan}: no text layer");
        NoStackTrace(r);
    }

    [Fact]
    public async Task Ingesting_the_same_folder_again_changes_nothing()
    {
        _files.Write("docs/a.md", "---\ntitle: A\ndate: 2025-06-10\n---\n\nOn 9 June 2025 a memorandum between the cities of Astana and Sofia was signed.\n");

        (await Ingest(null, Path.Combine(_files.Path, "docs"))).ExitCode.ShouldBe(0);
        var again = await Ingest(null, Path.Combine(_files.Path, "docs"));

        again.ExitCode.ShouldBe(0, again.Stderr);
        again.Stdout.ShouldContain("documents: 0 added, 0 updated, 1 unchanged, 0 failed");
        again.Stdout.ShouldContain("(0 new)");
    }

    public void Dispose()
    {
        _web.Dispose();
        _files.Dispose();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" }) File.Delete(f);
    }
}
