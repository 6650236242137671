using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

public sealed class HealthHandler(TimeProvider clock) : ICommandHandler
{
    readonly DateTimeOffset _started = clock.GetUtcNow();

    public string Command => "health";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var c = ctx.Store.Db.Connection;
        return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "health",
            c.ExecuteScalar<int>("SELECT count(*) FROM documents"), ctx.Store.Agreements.All().Count, ctx.Store.Figures.All().Count,
            ctx.Store.Outbox.Backlog(), _started))));
    }
}
