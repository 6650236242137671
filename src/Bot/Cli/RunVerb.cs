using System.CommandLine;
using System.Runtime.InteropServices;
using Bot.Telegram;
using Bot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Cli;

/// <summary>`run` (also what a bare `dotnet run --project src/Bot` does): the Telegram bot, until Ctrl+C or SIGTERM.</summary>
public sealed class RunVerb(IConfiguration configuration) : IVerb
{
    public Command Build()
    {
        var verbose = new Option<bool>("--verbose") { Description = "Log at Debug level (the token is never logged)." };
        var command = new Command("run", "Run the Telegram bot: answer chats and deliver new-agreement alerts (needs Telegram:BotToken).") { verbose };
        command.SetAction(async (parse, ct) =>
        {
            var telegram = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
            if (!telegram.HasValidToken)
                throw new UsageException(telegram.BotToken.Length == 0
                    ? "Telegram:BotToken is not set. Set the environment variable Telegram__BotToken (or `dotnet user-secrets set Telegram:BotToken …` in src/Bot) to the token from @BotFather. `ask` and `chat` work offline without it."
                    : "Telegram:BotToken does not look like a bot token (expected digits:secret from @BotFather). `ask` and `chat` work offline without it.");
            if (telegram.Webhook.Url.Length > 0 && (telegram.Webhook.SecretToken.Length == 0 || !Uri.TryCreate(telegram.Webhook.Url, UriKind.Absolute, out _)))
                throw new UsageException("Telegram:Webhook:Url needs an absolute URL and Telegram:Webhook:SecretToken (1–256 of A-Z a-z 0-9 _ -).");
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(GlobalOptions.Db) is { Length: > 0 } db) overrides["Knowledge:DbPath"] = db;
            var settings = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(overrides).Build();
            var level = parse.GetValue(verbose) ? LogLevel.Debug : LogLevel.Information;
            using var host = BotHostFactory.Create(settings, logging => logging
                .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
                .SetMinimumLevel(level)
                .AddFilter("Microsoft", LogLevel.Warning));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            await host.RunAsync(stop.Token);
            return Environment.ExitCode;
        });
        return command;
    }
}
