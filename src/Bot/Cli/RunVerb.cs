using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>
/// `run` (also what a bare `dotnet run --project src/Bot` does): the Telegram bot, until Ctrl+C or SIGTERM. The host
/// already runs it — polling or webhook, alert delivery, source monitoring — so this only waits for the stop.
/// </summary>
public sealed class RunVerb : IVerb
{
    public Command Build()
    {
        var verbose = new Option<bool>("--verbose") { Description = "Log at Debug level (the token is never logged)." };
        var command = new Command("run", "Run the Telegram bot: answer chats and deliver new-agreement alerts (needs Telegram:BotToken).") { verbose };
        command.SetAction(async (_, stopping) =>
        {
            await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            return 0;
        });
        return command;
    }
}
