using System.Text;
using Bot.Cli;
using Bot.Hosting;
using Microsoft.Extensions.Logging;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

// The global options decide how the host is built: which store (--db), and whether this run is the bot.
var invocation = Invocation.From(args);
// `eval` scores answers in a store of its own, deleted when the program ends (after the host that holds it open).
using var scratch = invocation.Verb == "eval" ? new TempStoreFile() : null;
var configuration = AppHost.Configuration(invocation, scratch?.Path);

// Verbs log only warnings, to stderr; the bot logs what it does, one line each, never the token.
Action<ILoggingBuilder> logging = invocation.RunsBot
    ? log => log.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
        .SetMinimumLevel(invocation.Verbose ? LogLevel.Debug : LogLevel.Information).AddFilter("Microsoft", LogLevel.Warning)
    : log => log.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);

// One host: each project's services (AddKnowledge, AddAnswering, AddLlmAnswering, AddSourcePolling; for `run` also
// AddTelegramBot and AddSourceMonitoring), composed in Hosting/BotServices.cs.
using var host = AppHost.Build(configuration, invocation, logging);

// Parse, start (settings validated, store seeded), run the verb, stop; see Cli/CliApp.cs for the exit codes.
return await CliApp.RunAsync(host, invocation.Args);
