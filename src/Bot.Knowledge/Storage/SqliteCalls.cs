using System.Runtime.InteropServices;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The few SQLite calls a <see cref="PreparedStatement"/> makes for every row a save writes (bind, step, reset), made
/// straight to the library SQLitePCL loaded (the same file, so the same SQLite) with the statement's raw pointer.
/// Through SQLitePCL each call went through an interface of its provider and took and released the statement's
/// SafeHandle: on the bench corpus about a tenth of the save thread's time, for a few hundred thousand rows.
/// </summary>
/// <remarks>
/// The pointers are only used while their <see cref="PreparedStatement"/> holds the SafeHandles they come from, so
/// SQLite's objects cannot be finalized under a call.
/// </remarks>
internal static partial class SqliteCalls
{
    const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bytes before the bind returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [DllImport(Library)] public static extern int sqlite3_bind_int64(IntPtr statement, int index, long value);
    [DllImport(Library)] public static extern int sqlite3_bind_double(IntPtr statement, int index, double value);
    [DllImport(Library)] public static extern int sqlite3_bind_null(IntPtr statement, int index);
    [DllImport(Library)] public static extern int sqlite3_bind_text(IntPtr statement, int index, ref byte text, int length, IntPtr destructor);
    [DllImport(Library)] public static extern int sqlite3_step(IntPtr statement);
    [DllImport(Library)] public static extern int sqlite3_reset(IntPtr statement);
    [DllImport(Library)] public static extern int sqlite3_clear_bindings(IntPtr statement);
    [DllImport(Library)] public static extern long sqlite3_last_insert_rowid(IntPtr db);
}
