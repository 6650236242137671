using System.Diagnostics;

namespace Bot.TestKit;

/// <summary>Runs the real Bot program as a separate process, as a user's shell would, and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <param name="unprivileged">Run as a user that file permissions apply to (see <see cref="Unprivileged"/>).</param>
    public static async Task<Result> RunAsync(IEnumerable<string> args, string? stdin = null, IDictionary<string, string>? env = null, TimeSpan? timeout = null,
        bool unprivileged = false)
    {
        var dll = Paths.BotDll;
        var (program, prefix) = unprivileged ? Unprivileged.Launcher : ("dotnet", Array.Empty<string>());
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var p in prefix) info.ArgumentList.Add(p);
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        // The test output folder has the program but not data/: point the seed at the repository's copy.
        info.Environment["Knowledge__DataPath"] = Paths.DataDir;
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
