using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>One command: its name and what it replies. Handlers never send; the router sends what they return.</summary>
public interface ICommandHandler
{
    string Command { get; }

    /// <summary>Commands only the bot's administrators may use.</summary>
    bool AdminOnly => false;

    Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct);
}
