using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The one owner of the store's connections. WAL lets a running worker read while a CLI `ingest` writes the same file;
/// a busy timeout makes the second writer wait instead of failing. Reads run on one shared, serialized connection;
/// every write runs in an IMMEDIATE transaction on a writer connection of its own (<see cref="Write{T}"/>,
/// <see cref="Execute"/>, <see cref="InTransaction{T}"/>), taken from a small pool, so writers of this process wait for
/// a lock held elsewhere side by side, as separate processes would, rather than one behind the other. The file is
/// opened on first use: building the application opens nothing, starting it (seeding, the first verb) does.
/// </summary>
/// <remarks>
/// Why writes never use the shared connection: its threads interleave, so a write there can run while another thread
/// is half-way through a read on it, and a connection with a read open cannot wait for the write lock — SQLite answers
/// "database is locked" at once, whatever the busy timeout, when another connection holds the lock or has committed
/// since that read began (an `ingest`, a claim of the alert worker, the feed monitor's start). On a writer connection a
/// write starts with no read open, so it waits out the busy timeout like any other.
/// For the same reason a read on the shared connection may see the store as it was when another thread's read began,
/// before writes this process has committed since: harmless for the corpus, wrong for what a chat has just changed.
/// Such reads go through <see cref="ReadCurrent{T}"/>.
/// </remarks>
public sealed class KnowledgeDb : IDisposable
{
    readonly Lazy<SQLiteConnection> _connection;
    readonly Stack<SQLiteConnection> _idleWriters = new();
    // The transaction this thread has open, which a write made inside it joins (the work of a transaction is synchronous).
    readonly ThreadLocal<SQLiteConnection?> _current = new();
    bool _disposed;
    bool _createdNow;
    bool _readOnly;

    public KnowledgeDb(string path, bool readOnly = false)
    {
        Path = System.IO.Path.GetFullPath(path);
        _readOnly = readOnly;
        _connection = new Lazy<SQLiteConnection>(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Path { get; }

    /// <summary>True when this process created the file (it did not exist, or was empty).</summary>
    public bool CreatedNow
    {
        get
        {
            _ = _connection.Value;
            return _createdNow;
        }
    }

    public static int SchemaVersion => SchemaMigrations.Steps.Length;

    /// <summary>
    /// Opened read-only (--read-only, Knowledge:ReadOnly), or the file is not writable: nothing is created, migrated,
    /// seeded or counted; questions are answered from it as it is.
    /// </summary>
    public bool IsReadOnly
    {
        get
        {
            _ = _connection.Value;
            return _readOnly;
        }
    }

    internal SQLiteConnection Connection => _connection.Value;

    SQLiteConnection Open()
    {
        if (_readOnly) return OpenReadOnly();
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _createdNow = !File.Exists(Path) || new FileInfo(Path).Length == 0;
        var connection = new SQLiteConnection(Path,
            SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        try
        {
            Configure(connection);
            // SQLite opens a file it may not write read-only, without an error: then it is used as --read-only would.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                connection.Dispose();
                _readOnly = true;
                return OpenReadOnly();
            }
            UntilUnlocked(() =>
            {
                connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
                Migrate(connection);
            });
            if (_createdNow) Search.SearchIndex.MarkCurrent(connection);
            return connection;
        }
        catch (SQLiteException e)
        {
            // SQLite reports a foreign or damaged file only at the first statement; name the file for the operator.
            connection.Dispose();
            throw new KnowledgeStoreException($"{Path} cannot be used as the knowledge store: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    SQLiteConnection OpenReadOnly()
    {
        if (!File.Exists(Path) || new FileInfo(Path).Length == 0) throw new KnowledgeStoreException($"there is no knowledge store at {Path}");
        var connection = new SQLiteConnection(Path, SQLiteOpenFlags.ReadOnly | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        try
        {
            connection.BusyTimeout = BusyTimeout;
            var version = connection.ExecuteScalar<int>("PRAGMA user_version");
            if (version != SchemaVersion)
                throw new KnowledgeStoreException($"the read-only store {Path} has schema version {version}, this program reads version {SchemaVersion}; open it once writable (after a backup) to migrate it");
            return connection;
        }
        catch (SQLiteException e)
        {
            connection.Dispose();
            throw new KnowledgeStoreException($"{Path} cannot be used as the knowledge store: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Programs opening one old store at once (a worker and a CLI `ingest` after an upgrade): one switches it to WAL and
    /// runs the schema steps while the others start. Where waiting for the lock could deadlock, SQLite answers "database
    /// is locked" at once instead of waiting out the busy timeout (seen in about one of 600 runs of four programs opening
    /// together, under load); every statement here starts with no transaction open and reads the version again under the
    /// write lock, so it is simply tried again, until the busy timeout has passed.
    /// </summary>
    static void UntilUnlocked(Action work)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var pause = 5; ; pause = Math.Min(pause * 2, 200))
        {
            try
            {
                work();
                return;
            }
            catch (SQLiteException e) when (e.Result == SQLite3.Result.Busy && System.Diagnostics.Stopwatch.GetElapsedTime(started) < BusyTimeout)
            {
                Thread.Sleep(pause);
            }
        }
    }

    static void Configure(SQLiteConnection connection)
    {
        connection.BusyTimeout = BusyTimeout;
        connection.Execute("PRAGMA synchronous=NORMAL");
        connection.Execute("PRAGMA foreign_keys=ON");
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one IMMEDIATE transaction on a writer connection, never mixed with the statements
    /// other threads run on the shared connection. IMMEDIATE takes the write lock before the first read, so a
    /// read-then-write never fails on a stale snapshot. Called again inside <paramref name="work"/>, it joins the transaction.
    /// </summary>
    internal T InTransaction<T>(Func<SQLiteConnection, T> work)
    {
        _ = _connection.Value; // the schema is migrated before any transaction
        if (_current.Value is { } open) return work(open);
        var c = TakeWriter();
        try
        {
            c.Execute("BEGIN IMMEDIATE");
            _current.Value = c;
            try
            {
                var result = work(c);
                c.Execute("COMMIT");
                return result;
            }
            catch
            {
                // SQLite ends the transaction itself after some errors (a full disk); the error that did it is the one to report.
                if (SQLitePCL.raw.sqlite3_get_autocommit(c.Handle) == 0) c.Execute("ROLLBACK");
                throw;
            }
            finally
            {
                _current.Value = null;
            }
        }
        finally
        {
            ReturnWriter(c);
        }
    }

    SQLiteConnection TakeWriter()
    {
        lock (_idleWriters)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idleWriters.TryPop(out var idle)) return idle;
        }
        return OpenWriter();
    }

    void ReturnWriter(SQLiteConnection c)
    {
        lock (_idleWriters)
        {
            // As many stay open as were ever needed at once: the bot's concurrent chats and workers, a handful.
            if (!_disposed)
            {
                _idleWriters.Push(c);
                return;
            }
        }
        c.Dispose();
    }

    /// <summary>
    /// A read that sees every write committed before it (a chat's settings read back after the handler changed them, a
    /// row read to be updated): on a writer connection, where no other statement holds an older snapshot open, or
    /// inside the transaction this thread has open. Takes no lock; for small reads of state the bot itself changes.
    /// </summary>
    internal T ReadCurrent<T>(Func<SQLiteConnection, T> read)
    {
        // A read-only store has no writer connections, and no writes of this process to miss.
        if (IsReadOnly) return read(Connection);
        if (_current.Value is { } open) return read(open);
        var c = TakeWriter();
        try
        {
            return read(c);
        }
        finally
        {
            ReturnWriter(c);
        }
    }

    internal void InTransaction(Action<SQLiteConnection> work) => InTransaction(c =>
    {
        work(c);
        return 0;
    });

    /// <summary>A write of one statement or a few, on the writer connection (see the remarks on the class).</summary>
    internal T Write<T>(Func<SQLiteConnection, T> work) => InTransaction(work);

    internal void Write(Action<SQLiteConnection> work) => InTransaction(work);

    /// <summary>One writing statement, on the writer connection; returns the rows it changed.</summary>
    internal int Execute(string sql, params object?[] args) => InTransaction(c => c.Execute(sql, args));

    /// <summary>
    /// A writer connection for a long write transaction of its own (a batch of documents), given back with
    /// <see cref="GiveBack"/> when the transaction has ended. Taken from the writers' pool: a connection keeps the pages
    /// it has read in its cache while no other connection writes, so the next batch finds the indexes it inserts into
    /// (documents by address and text hash, figures by metric) without reading them from the file again.
    /// </summary>
    internal SQLiteConnection LendWriter()
    {
        _ = _connection.Value;
        return TakeWriter();
    }

    /// <summary>
    /// Lets the idle writer connections' page caches go when an ingestion run ends, and keeps them small until a batch
    /// needs them again (<see cref="WriteBatch"/> gives its connection <see cref="BatchCacheKib"/>). A run's batches keep
    /// the pages of the indexes they insert into for each other; after the run nothing reads them, yet they stood under
    /// answering's snapshots and searches, the process's peak, and the chats' small writes filled them again.
    /// </summary>
    internal void ReleaseIdleWriters()
    {
        lock (_idleWriters)
            foreach (var c in _idleWriters) c.Execute($"PRAGMA cache_size = -{IdleWriterCacheKib}");
    }

    /// <summary>SQLite's own default page cache (KiB), a batch's: its indexes' pages kept from one batch of a run to the next.</summary>
    internal const int BatchCacheKib = 2000;

    // A chat's writes (a logged question, its last answer) touch a few pages of small tables.
    const int IdleWriterCacheKib = 256;

    /// <summary>Gives back a connection of <see cref="LendWriter"/>, with no transaction open.</summary>
    internal void GiveBack(SQLiteConnection c)
    {
        // A transaction left open (SQLite keeps one after some failed statements) must not reach the next user.
        if (SQLitePCL.raw.sqlite3_get_autocommit(c.Handle) == 0)
        {
            c.Dispose();
            return;
        }
        ReturnWriter(c);
    }

    /// <summary>
    /// Another connection to the same file, for a long write transaction of its own, closed by its user.
    /// </summary>
    internal SQLiteConnection OpenWriter()
    {
        _ = _connection.Value;
        var connection = new SQLiteConnection(Path, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        try
        {
            Configure(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    void Migrate(SQLiteConnection connection)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > SchemaVersion)
            throw new KnowledgeStoreException($"The database {Path} has schema version {version}, newer than this program understands ({SchemaVersion}).");
        while (version < SchemaVersion)
        {
            // IMMEDIATE, and the version read again under the write lock: a second process opening the same old store
            // meanwhile waits here and then finds the step done, instead of running it twice (ADD COLUMN cannot run twice).
            connection.Execute("BEGIN IMMEDIATE");
            try
            {
                version = connection.ExecuteScalar<int>("PRAGMA user_version");
                if (version < SchemaVersion)
                {
                    foreach (var sql in SchemaMigrations.Steps[version]) connection.Execute(sql);
                    connection.Execute($"PRAGMA user_version = {++version}");
                }
                connection.Execute("COMMIT");
            }
            catch
            {
                if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0) connection.Execute("ROLLBACK");
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_idleWriters)
        {
            _disposed = true;
            while (_idleWriters.TryPop(out var c)) c.Dispose();
        }
        _current.Dispose();
        if (_connection.IsValueCreated) _connection.Value.Dispose();
    }
}
