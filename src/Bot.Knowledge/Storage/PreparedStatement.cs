using System.Text;
using SQLite;
using SQLitePCL;

namespace Bot.Knowledge.Storage;

/// <summary>
/// One SQL statement compiled once and run many times. sqlite-net prepares every <c>Execute</c> afresh, which costs
/// more than the insert itself when a batch writes a hundred thousand index rows.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    readonly sqlite3 _db;
    readonly sqlite3_stmt _statement;
    // The raw pointers of the two handles above, which this object keeps alive: what the calls a row makes take (see SqliteCalls).
    readonly IntPtr _dbPointer;
    readonly IntPtr _pointer;

    public PreparedStatement(SQLiteConnection connection, string sql)
    {
        _db = connection.Handle;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK) throw Error(rc);
        _dbPointer = _db.DangerousGetHandle();
        _pointer = _statement.DangerousGetHandle();
    }

    public PreparedStatement Bind(int index, long value)
    {
        Bound(SqliteCalls.sqlite3_bind_int64(_pointer, index, value));
        return this;
    }

    public PreparedStatement Bind(int index, double? value)
    {
        if (value is { } v) Bound(SqliteCalls.sqlite3_bind_double(_pointer, index, v));
        else Bound(SqliteCalls.sqlite3_bind_null(_pointer, index));
        return this;
    }

    public PreparedStatement Bind(int index, string? value)
    {
        if (value is null)
        {
            Bound(SqliteCalls.sqlite3_bind_null(_pointer, index));
            return this;
        }
        // Encoded into a reused buffer (SQLite copies the bytes) instead of a new array per value: a batch binds every
        // passage twice and every figure's evidence. The same bytes as the string overload, which ends at a NUL.
        var text = value.AsSpan();
        if (text.IndexOf('\0') is >= 0 and var nul) text = text[..nul];
        // An empty span would bind SQL NULL (SQLite reads a null pointer as no value): "" goes the string way.
        if (text.IsEmpty) return BindUtf8(index, []);
        var size = Encoding.UTF8.GetMaxByteCount(text.Length);
        var shared = _buffer ??= new byte[16 * 1024];
        var buffer = size <= shared.Length ? shared : System.Buffers.ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            BindUtf8(index, buffer.AsSpan(0, length));
        }
        finally
        {
            if (buffer != shared) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return this;
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies the bytes); empty is the empty text, not SQL NULL.</summary>
    public PreparedStatement BindUtf8(int index, ReadOnlySpan<byte> utf8)
    {
        // A null pointer would bind SQL NULL: the empty text points at a byte of its own.
        ref var first = ref utf8.IsEmpty ? ref Empty[0] : ref System.Runtime.InteropServices.MemoryMarshal.GetReference(utf8);
        Bound(SqliteCalls.sqlite3_bind_text(_pointer, index, ref first, utf8.Length, SqliteCalls.Transient));
        return this;
    }

    static readonly byte[] Empty = [0];

    /// <summary>A value SQLite could not take (an index out of range, no memory) is an error, not a value left unbound.</summary>
    void Bound(int rc)
    {
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    // Reused for every value that fits: SQLite has copied the bytes when the bind returns.
    [ThreadStatic] static byte[]? _buffer;

    /// <summary>
    /// Binds <paramref name="value"/> as the JSON text <paramref name="options"/> (by default <see cref="StoreJson.Options"/>)
    /// write (null as SQL NULL), serialized as UTF-8 into a reused buffer and bound from there: no string, and no second
    /// encoding of it. The options must write as StoreJson's do — unindented, with the default encoder — which is all the
    /// reused writer knows; naming and converters may differ.
    /// </summary>
    public PreparedStatement BindJson<T>(int index, T? value, System.Text.Json.JsonSerializerOptions? options = null)
    {
        options ??= StoreJson.Options;
        if (options.WriteIndented || options.Encoder != StoreJson.Options.Encoder)
            throw new ArgumentException("The reused JSON writer writes unindented text with the default encoder.", nameof(options));
        if (value is null)
        {
            Bound(SqliteCalls.sqlite3_bind_null(_pointer, index));
            return this;
        }
        var (json, writer) = Writer();
        System.Text.Json.JsonSerializer.Serialize(writer, value, options);
        writer.Flush();
        BindUtf8(index, json.WrittenSpan);
        return this;
    }

    /// <summary>Binds <paramref name="value"/> as the JSON text its generated serializer writes (null as SQL NULL): see the overload above.</summary>
    public PreparedStatement BindJson<T>(int index, T? value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (value is null)
        {
            Bound(SqliteCalls.sqlite3_bind_null(_pointer, index));
            return this;
        }
        var (json, writer) = Writer();
        System.Text.Json.JsonSerializer.Serialize(writer, value, type);
        writer.Flush();
        BindUtf8(index, json.WrittenSpan);
        return this;
    }

    static (System.Buffers.ArrayBufferWriter<byte>, System.Text.Json.Utf8JsonWriter) Writer()
    {
        var json = _json ??= new System.Buffers.ArrayBufferWriter<byte>(1024);
        json.ResetWrittenCount();
        // The writer JsonSerializer makes for a string, kept: the same options give the same bytes.
        var writer = _jsonWriter ??= new System.Text.Json.Utf8JsonWriter(json, new System.Text.Json.JsonWriterOptions
        {
            Encoder = StoreJson.Options.Encoder, Indented = StoreJson.Options.WriteIndented, MaxDepth = StoreJson.Options.MaxDepth is 0 ? 64 : StoreJson.Options.MaxDepth,
            SkipValidation = true,
        });
        writer.Reset(json);
        return (json, writer);
    }

    [ThreadStatic] static System.Buffers.ArrayBufferWriter<byte>? _json;
    [ThreadStatic] static System.Text.Json.Utf8JsonWriter? _jsonWriter;

    /// <summary>Runs the statement to completion and makes it ready for the next bindings.</summary>
    public void Run()
    {
        var rc = SqliteCalls.sqlite3_step(_pointer);
        _ = SqliteCalls.sqlite3_reset(_pointer);
        _ = SqliteCalls.sqlite3_clear_bindings(_pointer);
        if (rc != raw.SQLITE_DONE) throw Error(rc);
    }

    /// <summary>Maps the first row of a query, if any, and makes the statement ready for the next bindings.</summary>
    public T? First<T>(Func<sqlite3_stmt, T> map)
    {
        try
        {
            var rc = SqliteCalls.sqlite3_step(_pointer);
            if (rc == raw.SQLITE_ROW) return map(_statement);
            if (rc != raw.SQLITE_DONE) throw Error(rc);
            return default;
        }
        finally
        {
            _ = SqliteCalls.sqlite3_reset(_pointer);
            _ = SqliteCalls.sqlite3_clear_bindings(_pointer);
        }
    }

    /// <summary>Hands every row of a query to <paramref name="read"/>, keeping none, and makes the statement ready for the next bindings.</summary>
    public void ForEach(Action<sqlite3_stmt> read)
    {
        try
        {
            int rc;
            while ((rc = SqliteCalls.sqlite3_step(_pointer)) == raw.SQLITE_ROW) read(_statement);
            if (rc != raw.SQLITE_DONE) throw Error(rc);
        }
        finally
        {
            _ = SqliteCalls.sqlite3_reset(_pointer);
            _ = SqliteCalls.sqlite3_clear_bindings(_pointer);
        }
    }

    /// <summary>A text column of the current row; null for SQL NULL.</summary>
    public static string? Text(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, column).utf8_to_string();

    /// <summary>Runs an INSERT and returns the rowid it assigned.</summary>
    public long Insert()
    {
        Run();
        return SqliteCalls.sqlite3_last_insert_rowid(_dbPointer);
    }

    SQLiteException Error(int rc) => SQLiteException.New((SQLite3.Result)rc, raw.sqlite3_errmsg(_db).utf8_to_string());

    public void Dispose() => raw.sqlite3_finalize(_statement);
}
