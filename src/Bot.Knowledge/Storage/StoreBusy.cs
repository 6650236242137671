using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The store's "busy" signal: another connection (an `ingest`, a backup, a second tool) held the write lock past the
/// busy timeout. Nothing is wrong with the work that hit it; the same work a little later succeeds, so callers retry
/// it instead of giving it up.
/// </summary>
public static class StoreBusy
{
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SQLiteException { Result: SQLite3.Result.Busy or SQLite3.Result.Locked }) return true;
        return false;
    }
}
