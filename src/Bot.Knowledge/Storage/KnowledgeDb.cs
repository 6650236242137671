using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The one owner of the store's connections. WAL lets a running worker read while a CLI `ingest` writes the same file;
/// a busy timeout makes the second writer wait instead of failing. Statements run on one shared, serialized
/// connection; a transaction runs on a connection of its own (<see cref="InTransaction{T}"/>), so statements other
/// threads send meanwhile wait for its commit instead of landing inside it. The file is opened on first use: building
/// the application opens nothing, starting it (seeding, the first verb) does.
/// </summary>
public sealed class KnowledgeDb : IDisposable
{
    readonly Lazy<SQLiteConnection> _connection;
    readonly Lock _writerGate = new();
    SQLiteConnection? _writer;
    bool _createdNow;

    public KnowledgeDb(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
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

    internal SQLiteConnection Connection => _connection.Value;

    SQLiteConnection Open()
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _createdNow = !File.Exists(Path) || new FileInfo(Path).Length == 0;
        var connection = new SQLiteConnection(Path,
            SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        try
        {
            Configure(connection);
            connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            Migrate(connection);
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

    static void Configure(SQLiteConnection connection)
    {
        connection.BusyTimeout = TimeSpan.FromSeconds(10);
        connection.Execute("PRAGMA synchronous=NORMAL");
        connection.Execute("PRAGMA foreign_keys=ON");
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one IMMEDIATE transaction on this process's transaction connection: one
    /// transaction at a time, and never mixed with the statements other threads run on the shared connection.
    /// IMMEDIATE takes the write lock before the first read, so a read-then-write never fails on a stale snapshot.
    /// </summary>
    internal T InTransaction<T>(Func<SQLiteConnection, T> work)
    {
        _ = _connection.Value; // the schema is migrated before any transaction
        lock (_writerGate)
        {
            var c = _writer ??= OpenWriter();
            c.Execute("BEGIN IMMEDIATE");
            try
            {
                var result = work(c);
                c.Execute("COMMIT");
                return result;
            }
            catch
            {
                c.Execute("ROLLBACK");
                throw;
            }
        }
    }

    internal void InTransaction(Action<SQLiteConnection> work) => InTransaction(c =>
    {
        work(c);
        return 0;
    });

    /// <summary>
    /// Another connection to the same file, for a long write transaction of its own (a batch of documents), closed by
    /// its user.
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
        for (var step = version; step < SchemaVersion; step++)
        {
            var statements = SchemaMigrations.Steps[step];
            connection.RunInTransaction(() =>
            {
                foreach (var sql in statements) connection.Execute(sql);
                connection.Execute($"PRAGMA user_version = {step + 1}");
            });
        }
    }

    public void Dispose()
    {
        lock (_writerGate)
        {
            _writer?.Dispose();
            _writer = null;
        }
        if (_connection.IsValueCreated) _connection.Value.Dispose();
    }
}
