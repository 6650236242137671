using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/start — greeting in the user's language with example questions as buttons; re-enables alerts after a block.</summary>
public sealed class StartHandler : ICommandHandler
{
    public string Command => "start";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var examples = BotTexts.Examples(ctx.Lang).Select((q, i) => (IReadOnlyList<Button>)[new Button(q, $"ex:{i}")]).ToList();
        return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "start"))) with { Buttons = examples });
    }
}
