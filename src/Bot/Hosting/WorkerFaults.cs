using Bot.Telegram.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>Why the host stopped when a background worker died: its name and reason, and the exit code that says so.</summary>
public static class WorkerFaults
{
    /// <returns>The exit code and one line per dead worker, or null when every worker ended normally.</returns>
    public static (int ExitCode, IReadOnlyList<string> Lines)? Of(IServiceProvider services)
    {
        var dead = services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(w => w.ExecuteTask is { IsFaulted: true })
            .Select(w => (Worker: w.GetType().Name, Error: w.ExecuteTask!.Exception!.GetBaseException()))
            .ToList();
        if (dead.Count == 0) return null;
        if (Environment.GetEnvironmentVariable("BOT_TRACE") == "1") foreach (var (_, error) in dead) Console.Error.WriteLine(error);
        // A refused token is a setting to fix, like the ones found at start.
        var code = dead.All(d => d.Error is BotTokenRefusedException) ? 2 : 1;
        return (code, dead.Select(d => d.Error is BotTokenRefusedException ? d.Error.Message : $"{d.Worker} stopped: {d.Error.Message}").Distinct().ToList());
    }
}
