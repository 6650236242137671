using System.Text.Json;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>`documents list|show|remove` through the real program: the operator removes a wrong document and its answers go with it.</summary>
public sealed class DocumentsCliTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-docs-{Guid.NewGuid():N}.db");
    readonly TempFolder _files = new();

    Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync(["--db", _db, .. args]);

    [Fact]
    public async Task A_wrong_document_is_listed_shown_and_removed_and_its_figure_is_no_longer_answered()
    {
        var file = _files.Write("wrong.md", "---\ntitle: A wrong trade report\ndate: 2025-06-09\nlang: en\n---\n\nIn 2031 mutual trade between Kazakhstan and Bulgaria reached $987 million.\n");
        (await Run("ingest", file)).ExitCode.ShouldBe(0);
        (await Run("ask", "What was the trade turnover in 2031?")).Stdout.ShouldContain("987");

        var list = await Run("documents", "list", "--source", "wrong.md", "--json");
        var doc = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ShouldHaveSingleItem();
        var id = doc.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var shown = await Run("documents", "show", id);
        var removed = await Run("documents", "remove", id, "--json");
        var again = await Run("documents", "remove", id);
        var after = await Run("ask", "What was the trade turnover in 2031?");

        doc.GetProperty("title").GetString().ShouldBe("A wrong trade report");
        shown.Stdout.ShouldContain("figures 1");
        removed.ExitCode.ShouldBe(0, removed.Stderr);
        JsonDocument.Parse(removed.Stdout).RootElement.GetProperty("figures").GetInt32().ShouldBe(1);
        again.ExitCode.ShouldBe(2);
        again.Stderr.Trim().ShouldBe($"error: no document '{id}' in the store");
        after.Stdout.ShouldNotContain("987");
    }

    public void Dispose()
    {
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        _files.Dispose();
    }
}
