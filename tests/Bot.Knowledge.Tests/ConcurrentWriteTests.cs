using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.TestKit;
using SQLite;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Writes while the store is shared: by this process's threads (a worker reading while another records an outcome) and
/// by another process holding the write lock (a CLI `ingest`). A write waits for the lock; it never fails at once.
/// </summary>
public sealed class ConcurrentWriteTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();

    ChatDirectory Chats => _temp.Store.Get<ChatDirectory>();

    [Fact]
    public async Task A_write_waits_for_another_processs_write_lock_even_while_another_thread_is_half_way_through_a_read()
    {
        Chats.Touch(1, "private", null, reactivate: true);
        Chats.Touch(2, "private", null, reactivate: true);
        // Another thread of the bot in the middle of a read: its statement, and so its snapshot, is still open.
        var reading = _temp.Store.Db.Connection.DeferredQuery<ChatRow>("SELECT * FROM chats ORDER BY chat_id").GetEnumerator();
        reading.MoveNext().ShouldBeTrue();
        // Another process commits (the reader's snapshot is now old) and then holds the write lock for a moment.
        using var other = new SQLiteConnection(_temp.Path);
        other.Execute("INSERT INTO meta(key, value) VALUES ('other', 'first')");
        other.Execute("BEGIN IMMEDIATE");
        other.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('other', 'second')");

        var write = Task.Run(() => Chats.SetLanguage(2, "kk"));
        // The lock is held a while, as an ingest's batch holds it; the write must be waiting, not failed, when it ends.
        await Task.WhenAny(write, Task.Delay(TimeSpan.FromMilliseconds(300)));
        write.IsFaulted.ShouldBeFalse(write.Exception?.GetBaseException().Message);
        other.Execute("COMMIT");
        await write;

        // The read goes on undisturbed, and once it ends the store's readers see the write.
        reading.MoveNext().ShouldBeTrue();
        reading.Current.ChatId.ShouldBe(2);
        reading.Dispose();
        Chats.Get(2)!.Language.ShouldBe("kk");
    }

    [Fact]
    public async Task Programs_opening_an_old_store_at_the_same_time_upgrade_it_once_and_all_start()
    {
        var path = _temp.Path;
        _temp.Store.Dispose();
        TempStore.DeleteFiles(path);
        using (var old = new SQLiteConnection(path))
        {
            // The store as the previous version of the program left it: every schema step but the last.
            foreach (var sql in SchemaMigrations.Steps.SkipLast(1).SelectMany(step => step)) old.Execute(sql);
            old.Execute($"PRAGMA user_version = {KnowledgeDb.SchemaVersion - 1}");
        }
        using var start = new Barrier(4);
        var opening = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            using var db = new KnowledgeDb(path);
            return db.CreatedNow;
        })).ToList();

        // A step run twice would fail (a table or column that already exists) and that program would not start.
        (await Task.WhenAll(opening)).ShouldAllBe(created => !created);
        using var check = new SQLiteConnection(path);
        check.ExecuteScalar<int>("PRAGMA user_version").ShouldBe(KnowledgeDb.SchemaVersion);
    }

    public void Dispose() => _temp.Dispose();
}
