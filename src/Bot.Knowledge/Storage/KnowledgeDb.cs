using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The one way to open the store. WAL lets a running worker read while a CLI `ingest` writes the same file;
/// a busy timeout makes the second writer wait instead of failing; every write goes through one
/// serialized connection per process.
/// </summary>
public sealed class KnowledgeDb : IDisposable
{
    public SQLiteConnection Connection { get; }
    public string Path { get; }
    public bool CreatedNow { get; }

    public static int SchemaVersion => SchemaMigrations.Steps.Length;

    public KnowledgeDb(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        CreatedNow = !File.Exists(Path) || new FileInfo(Path).Length == 0;
        Connection = new SQLiteConnection(Path,
            SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: false);
        try
        {
            Configure(Connection);
            Connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            Migrate();
        }
        catch (SQLiteException e)
        {
            // SQLite reports a foreign or damaged file only at the first statement; name the file for the operator.
            Connection.Dispose();
            throw new KnowledgeStoreException($"{Path} cannot be used as the knowledge store: {e.Message}");
        }
    }

    static void Configure(SQLiteConnection connection)
    {
        connection.BusyTimeout = TimeSpan.FromSeconds(10);
        connection.Execute("PRAGMA synchronous=NORMAL");
        connection.Execute("PRAGMA foreign_keys=ON");
    }

    /// <summary>
    /// Another connection to the same file, for a write transaction of its own (saving documents): other threads'
    /// statements on <see cref="Connection"/> then wait for its commit instead of landing inside that transaction.
    /// </summary>
    internal SQLiteConnection OpenWriter()
    {
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

    void Migrate()
    {
        var version = Connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > SchemaVersion)
            throw new KnowledgeStoreException($"The database {Path} has schema version {version}, newer than this program understands ({SchemaVersion}).");
        for (var step = version; step < SchemaVersion; step++)
        {
            var statements = SchemaMigrations.Steps[step];
            Connection.RunInTransaction(() =>
            {
                foreach (var sql in statements) Connection.Execute(sql);
                Connection.Execute($"PRAGMA user_version = {step + 1}");
            });
        }
    }

    public void Dispose() => Connection.Dispose();
}
