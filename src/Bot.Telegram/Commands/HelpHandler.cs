using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

public sealed class HelpHandler : ICommandHandler
{
    public string Command => "help";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) =>
        Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "help"))));
}
