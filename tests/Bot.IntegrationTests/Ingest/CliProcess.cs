using System.Diagnostics;
using System.Text;
using Bot.TestKit;

namespace Bot.IntegrationTests.Ingest;

/// <summary>The real program started in the background, so a test can signal it while it works.</summary>
internal sealed class CliProcess : IDisposable
{
    readonly Process _process;
    readonly Task<string> _stdout;
    readonly Task<string> _stderr;

    public CliProcess(IEnumerable<string> args, IDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Paths.BotDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["Knowledge__DataPath"] = Paths.DataDir;
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        _process = Process.Start(info)!;
        _process.StandardInput.Close();
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Sends a POSIX signal by number (15 SIGTERM, 2 SIGINT), as `kill` from a shell would.</summary>
    public void Signal(int signal) => Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<CliRunner.Result> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return new CliRunner.Result(_process.ExitCode, await _stdout, await _stderr);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
