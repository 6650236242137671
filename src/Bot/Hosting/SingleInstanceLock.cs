using System.Globalization;
using Bot.Knowledge.Storage;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>
/// One bot per store: `run` holds an exclusive lock on a file beside the store (STORE.lock) for as long as it runs.
/// Two bots on one store would also share one token, and Telegram answers the second one's getUpdates with 409 for
/// ever. The operating system releases the lock when the process ends, however it ends, so a crash leaves nothing to
/// clean up. The lock file names its holder (pid and start time) for the refused second start.
/// </summary>
public sealed class SingleInstanceLock(KnowledgeDb db, TimeProvider clock) : IHostedService, IDisposable
{
    FileStream? _held;

    public string LockPath => db.Path + ".lock";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var dir = Path.GetDirectoryName(LockPath);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: held until the handle closes.
            _held = new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StoreInUseException($"another bot is already running on {db.Path} ({Holder()}); stop it first, or give this one its own --db");
        }
        var owner = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId}, started {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC\n");
        _held.SetLength(0);
        _held.Write(System.Text.Encoding.UTF8.GetBytes(owner));
        _held.Flush(flushToDisk: true);
        // The holder is also kept in a file anyone may read (an exclusively locked file cannot be opened by another process).
        File.WriteAllText(LockPath + ".owner", owner);
        return Task.CompletedTask;
    }

    string Holder()
    {
        try
        {
            return File.ReadAllText(LockPath + ".owner").Trim();
        }
        catch (IOException)
        {
            return "holder unknown";
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
