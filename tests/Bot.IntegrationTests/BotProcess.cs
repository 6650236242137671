using System.Diagnostics;
using System.Text;
using Bot.TelegramSimulator;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>The real program running `run` against the Bot API simulator, as an operator starts it; its output is kept.</summary>
internal sealed class BotProcess : IDisposable
{
    readonly Process _process;
    readonly StringBuilder _stdout = new();
    readonly StringBuilder _stderr = new();
    readonly Task _drained;

    BotProcess(Process process)
    {
        _process = process;
        // Drained as it comes, so a full pipe never blocks the bot.
        _drained = Task.WhenAll(CopyAsync(process.StandardOutput, _stdout), CopyAsync(process.StandardError, _stderr));
    }

    public static BotProcess Start(string db, BotApiSimulator sim, IDictionary<string, string>? settings = null)
    {
        // Started as from a terminal: a test run launched in the background (nohup, `cmd &` in a script, some CI
        // runners) passes SIGINT on as ignored, and the runtime keeps an inherited "ignore" for SIGINT, as shells
        // expect of background jobs, so Ctrl+C would never reach the bot. `env` resets it and execs in place
        // (same pid).
        var info = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--default-signal=INT,QUIT", "dotnet", Paths.BotDll }) info.ArgumentList.Add(a);
        foreach (var a in new[] { "--db", db, "run" }) info.ArgumentList.Add(a);
        info.Environment["Knowledge__DataPath"] = Paths.DataDir;
        info.Environment["Telegram__BotToken"] = sim.Token;
        info.Environment["Telegram__ApiBaseUrl"] = sim.BaseUrl;
        info.Environment["Telegram__LongPollSeconds"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return new BotProcess(Process.Start(info)!);
    }

    public int Pid => _process.Id;

    public string Stdout
    {
        get { lock (_stdout) return _stdout.ToString(); }
    }

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    /// <summary>
    /// Until this process is connected and polling: it has logged its connection (which it does after its stop-signal
    /// handlers are installed) and asked for updates since. Counting the simulator's getUpdates calls alone is not
    /// enough: a call of a process that ended just before can reach the simulator after this one started.
    /// </summary>
    public async Task WaitUntilPollingAsync(BotApiSimulator sim, TimeSpan timeout)
    {
        await Eventually.TrueAsync(() => (Stdout + Stderr).Contains("Connected to Telegram as", StringComparison.Ordinal) || _process.HasExited,
            $"process {Pid} connected", timeout, () => Stdout + Stderr);
        _process.HasExited.ShouldBeFalse(Stderr);
        await sim.WaitForCallsAsync("getUpdates", sim.CallCount("getUpdates") + 1, timeout);
    }

    /// <summary>SIGINT is what Ctrl+C sends; SIGTERM is what systemd and `docker stop` send.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        kill.ExitCode.ShouldBe(0);
    }

    /// <summary>No shutdown code runs: a crash, or the power going out.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // What the bot last said is what tells why it did not end.
            throw new TimeoutException($"process {Pid} still running after {timeout.TotalSeconds:0} s; its output so far:\n{Stdout}{Stderr}");
        }
        await _drained;
        return _process.ExitCode;
    }

    static async Task CopyAsync(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (into) into.AppendLine(line);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
