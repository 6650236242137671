using System.CommandLine;
using System.CommandLine.Help;
using Bot.Hosting;
using Bot.Knowledge;
using Bot.Knowledge.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>
/// Parses the command line, starts the host (settings checked, store opened and seeded), runs the verb, stops the host.
/// Exit codes: 0 ok, 1 failure, 2 bad usage or a bad setting; errors are one line each on stderr.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(IHost host, string[] args)
    {
        var root = new RootCommand("Kazakhstan–Bulgaria cooperation bot: sourced answers about agreements, trade and visits.")
        {
            GlobalOptions.Db, GlobalOptions.NoSeed,
        };
        try
        {
            foreach (var verb in host.Services.GetServices<IVerb>()) root.Add(verb.Build());
        }
        catch (Exception e) when (SettingsErrors.Describe(e) is { } lines)
        {
            // A setting a verb's services read as they are built (the store's path) is reported like the others.
            return SettingsFailed(lines);
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }
        // Help and version need no store and no settings.
        if (parse.Action is HelpAction || parse.Tokens.Any(t => t.Value == "--version")) return await parse.InvokeAsync();
        try
        {
            await host.StartAsync();
        }
        catch (Exception e) when (SettingsErrors.Describe(e) is { } lines)
        {
            return SettingsFailed(lines);
        }
        catch (Exception e)
        {
            return Failed(e, CancellationToken.None);
        }
        // Ctrl+C and SIGTERM stop the host (its console lifetime); the verb sees that as its cancellation.
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        int code;
        try
        {
            // The host's console lifetime alone handles Ctrl+C and SIGTERM (System.CommandLine's own handler would
            // cancel a token source it has already disposed when a signal comes late).
            code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, stopping);
        }
        catch (Exception e)
        {
            code = Failed(e, stopping);
        }
        try
        {
            await host.StopAsync(CancellationToken.None);
        }
        catch (Exception) when (WorkerFaults.Of(host.Services) is not null)
        {
            // The host rethrows what killed a worker; it is reported below, once, as one line.
        }
        if (WorkerFaults.Of(host.Services) is not { } faults) return code;
        foreach (var line in faults.Lines) Console.Error.WriteLine($"error: {line}");
        return faults.ExitCode;
    }

    static int Failed(Exception e, CancellationToken ct) => e switch
    {
        UsageException => Fail(2, e.Message),
        OperationCanceledException when ct.IsCancellationRequested => Fail(1, "cancelled"),
        KnowledgeStoreException or IngestionException or IOException or UnauthorizedAccessException or SQLite.SQLiteException => Fail(1, e.Message),
        _ when SettingsErrors.Describe(e) is { } lines => SettingsFailed(lines),
        _ => Unexpected(e),
    };

    static int Unexpected(Exception e)
    {
        // No stack trace on the console: the one-line message is what a user can act on.
        if (Environment.GetEnvironmentVariable("BOT_TRACE") == "1") Console.Error.WriteLine(e);
        return Fail(1, $"unexpected failure ({e.GetType().Name}): {e.Message}");
    }

    static int SettingsFailed(IReadOnlyList<string> lines)
    {
        foreach (var line in lines) Console.Error.WriteLine($"error: {line}");
        return 2;
    }

    static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
