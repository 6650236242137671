using System.CommandLine;
using Bot.Knowledge;
using Bot.Knowledge.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>Parses the command line and runs a verb. Exit codes: 0 ok, 1 failure, 2 bad usage; errors are one line on stderr.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var root = new RootCommand("Kazakhstan–Bulgaria cooperation bot: sourced answers about agreements, trade and visits.")
        {
            GlobalOptions.Db, GlobalOptions.NoSeed,
        };
        foreach (var verb in services.GetServices<IVerb>()) root.Add(verb.Build());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run with --help for usage.");
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, ct);
        }
        catch (UsageException e) { return Fail(2, e.Message); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return Fail(1, "cancelled"); }
        catch (Exception e) when (e is KnowledgeStoreException or IngestionException or IOException or UnauthorizedAccessException or SQLite.SQLiteException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            return Fail(1, e.Message);
        }
        catch (Exception e)
        {
            // No stack trace on the console: the one-line message is what a user can act on.
            if (Environment.GetEnvironmentVariable("BOT_TRACE") == "1") Console.Error.WriteLine(e);
            return Fail(1, $"unexpected failure ({e.GetType().Name}): {e.Message}");
        }
    }

    /// <summary>With no verb (nothing, or only the global options) the program is the bot itself: `run`.</summary>
    public static string[] WithDefaultVerb(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db") i++;
            else if (args[i] != "--no-seed") return args;
        }
        return [.. args, "run"];
    }

    static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
