using SQLite;
using SQLitePCL;

namespace Bot.Knowledge.Backup;

/// <summary>What a backup wrote: the file, its size, the schema version it holds, and SQLite's own check of it.</summary>
public sealed record BackupReport(string Path, long Bytes, int SchemaVersion, string Integrity);

/// <summary>
/// A consistent copy of the store while the bot runs, by SQLite's online backup API (sqlite3_backup_*): all pages are
/// copied in one step under one read transaction, so a writer meanwhile (the bot, an `ingest`) is neither blocked (WAL)
/// nor half-copied. The source is opened read-only and never migrated — a backup taken before an upgrade is the old
/// schema as it was. The copy is written beside the target and renamed into place only once SQLite's integrity check
/// passes, so an interrupted backup never leaves a file that looks whole.
/// </summary>
public static class StoreBackup
{
    const int Attempts = 20;

    /// <exception cref="KnowledgeStoreException">No store at <paramref name="source"/>, the target exists, or the copy failed.</exception>
    public static BackupReport Copy(string source, string target, CancellationToken ct)
    {
        source = System.IO.Path.GetFullPath(source);
        target = System.IO.Path.GetFullPath(target);
        if (!File.Exists(source) || new FileInfo(source).Length == 0) throw new KnowledgeStoreException($"there is no knowledge store at {source}");
        if (File.Exists(target)) throw new KnowledgeStoreException($"{target} already exists; give a new file name (a backup never overwrites)");
        if (System.IO.Path.GetDirectoryName(target) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            var report = CopyPages(source, partial, ct);
            File.Move(partial, target);
            return report with { Path = target };
        }
        finally
        {
            foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" }) File.Delete(partial + suffix);
        }
    }

    static BackupReport CopyPages(string source, string partial, CancellationToken ct)
    {
        using var from = new SQLiteConnection(source, SQLiteOpenFlags.ReadOnly | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        from.BusyTimeout = TimeSpan.FromSeconds(10);
        using (var to = new SQLiteConnection(partial, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false))
        {
            for (var attempt = 1; ; attempt++)
            {
                ct.ThrowIfCancellationRequested();
                var backup = raw.sqlite3_backup_init(to.Handle, "main", from.Handle, "main")
                    ?? throw new KnowledgeStoreException($"cannot back up {source}: {raw.sqlite3_errmsg(to.Handle).utf8_to_string()}");
                var step = raw.sqlite3_backup_step(backup, -1);
                var finish = raw.sqlite3_backup_finish(backup);
                if (step == raw.SQLITE_DONE && finish == raw.SQLITE_OK) break;
                // Busy or locked: a writer held the file at the wrong moment; the whole copy is taken again.
                if (step is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || attempt == Attempts)
                    throw new KnowledgeStoreException($"backup of {source} failed: {raw.sqlite3_errstr(step).utf8_to_string()}");
                Thread.Sleep(TimeSpan.FromMilliseconds(100 * attempt));
            }
            // One file that stands alone: no -wal beside the backup.
            to.ExecuteScalar<string>("PRAGMA journal_mode=DELETE");
            var integrity = to.ExecuteScalar<string>("PRAGMA integrity_check");
            if (integrity != "ok") throw new KnowledgeStoreException($"the backup of {source} failed SQLite's integrity check: {integrity}");
            var version = to.ExecuteScalar<int>("PRAGMA user_version");
            to.Close();
            return new BackupReport(partial, new FileInfo(partial).Length, version, integrity);
        }
    }
}
