using Bot.Knowledge.Storage;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>The store's file format: versioned, in WAL mode, kept across restarts, and refused when it is newer than the program.</summary>
public sealed class SchemaTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();

    long Scalar(string sql) => _temp.Store.Db.Connection.ExecuteScalar<long>(sql);

    [Fact]
    public void A_new_store_is_at_the_current_schema_version()
    {
        KnowledgeDb.SchemaVersion.ShouldBeGreaterThan(0);
        Scalar("PRAGMA user_version").ShouldBe(KnowledgeDb.SchemaVersion);
        _temp.Store.Db.CreatedNow.ShouldBeTrue();
    }

    [Fact]
    public void A_new_store_uses_write_ahead_logging_so_a_reader_and_a_writer_can_share_it()
    {
        _temp.Store.Db.Connection.ExecuteScalar<string>("PRAGMA journal_mode").ShouldBe("wal");
    }

    [Fact]
    public void A_new_store_has_every_table_the_program_reads()
    {
        var tables = _temp.Store.Db.Connection.QueryScalars<string>("SELECT name FROM sqlite_master WHERE type = 'table'");

        foreach (var table in new[] { "documents", "passages", "passage_fts", "agreements", "agreement_sources", "figures", "entities", "entity_aliases", "meta" })
            tables.ShouldContain(table);
    }

    [Fact]
    public async Task Reopening_an_existing_store_keeps_its_data_and_does_not_run_migrations_again()
    {
        _temp.Store.Entities.Upsert(KbEntities.Load());
        var file = _temp.Store.Db.Path;
        var folder = new TempFolder();
        try
        {
            folder.Write("a.md", MarkdownDoc.With("Kept", "2025-06-10", "en", "In 2024 mutual trade reached $375 million."));
            await _temp.Store.Ingestor.IngestAsync([folder.Path], CancellationToken.None);
        }
        finally { folder.Dispose(); }
        var before = StoreCounts.Of(_temp.Store);

        _temp.Reopen();

        _temp.Store.Db.Path.ShouldBe(file);
        _temp.Store.Db.CreatedNow.ShouldBeFalse();
        Scalar("PRAGMA user_version").ShouldBe(KnowledgeDb.SchemaVersion);
        StoreCounts.Of(_temp.Store).ShouldBe(before);
        before.Documents.ShouldBe(1);
        _temp.Store.Figures.All().ShouldHaveSingleItem().Value.ShouldBe(375);
    }

    [Fact]
    public void Reopening_twice_is_as_good_as_once()
    {
        _temp.Reopen();
        _temp.Reopen();

        Scalar("PRAGMA user_version").ShouldBe(KnowledgeDb.SchemaVersion);
        Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'").ShouldBe(1);
    }

    [Fact]
    public void A_store_written_by_a_newer_program_is_refused_with_a_message_naming_both_versions()
    {
        var newer = KnowledgeDb.SchemaVersion + 1;
        _temp.Store.Db.Connection.Execute($"PRAGMA user_version = {newer}");

        var error = Should.Throw<KnowledgeStoreException>(() => _temp.Reopen());

        error.Message.ShouldContain(_temp.Path);
        error.Message.ShouldContain($"schema version {newer}");
        error.Message.ShouldContain($"({KnowledgeDb.SchemaVersion})");
    }

    [Fact]
    public void Refusing_a_newer_store_leaves_its_version_untouched()
    {
        var newer = KnowledgeDb.SchemaVersion + 5;
        _temp.Store.Db.Connection.Execute($"PRAGMA user_version = {newer}");
        Should.Throw<KnowledgeStoreException>(() => _temp.Reopen());

        using var raw = new SQLite.SQLiteConnection(_temp.Path);
        raw.ExecuteScalar<long>("PRAGMA user_version").ShouldBe(newer);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_store_error_not_a_crash()
    {
        using var folder = new TempFolder();
        var notes = folder.Write("notes.db", "These are my notes, not a database. " + new string('x', 200));

        var error = Should.Throw<KnowledgeStoreException>(() => new TestStores(notes, new HttpClient(), TimeProvider.System).Dispose());

        error.Message.ShouldContain(notes);
    }

    public void Dispose() => _temp.Dispose();
}
