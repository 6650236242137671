using System.Diagnostics;
using System.Text.Json;

namespace Bot.Bench;

/// <summary>
/// The environment variables the bot ships with (shipped-environment.json: what the Dockerfile and the systemd unit set)
/// that the runtime or the C library reads only as the process starts, such as the GC's gen0 budget. A bench started without them starts itself
/// again with them and passes its exit code on, so its figures are those of the bot as deployed.
/// </summary>
internal static class ShippedEnvironment
{
    public static IReadOnlyDictionary<string, string> Variables { get; } = Load();

    /// <summary>True when every shipped variable already has its shipped value in this process.</summary>
    public static bool IsApplied => Variables.All(v => Environment.GetEnvironmentVariable(v.Key) == v.Value);

    /// <summary>This program again, with the same arguments and the shipped variables; its standard streams are this one's.</summary>
    public static async Task<int> RunAgainAsync(string[] args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the bench cannot find its own program");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        // Started as `dotnet Bot.Bench.dll`: the host needs the assembly again.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(ShippedEnvironment).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in Variables) start.Environment[name] = value;
        // Ctrl+C reaches the child too (same process group): this one waits for it to stop rather than leave it behind.
        ConsoleCancelEventHandler waitForChild = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += waitForChild;
        try
        {
            using var child = Process.Start(start) ?? throw new InvalidOperationException("the bench could not start itself again");
            await child.WaitForExitAsync(CancellationToken.None);
            return child.ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= waitForChild;
        }
    }

    static Dictionary<string, string> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "shipped-environment.json")));
        return json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith("//", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
    }
}
