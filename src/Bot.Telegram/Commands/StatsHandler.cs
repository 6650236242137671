using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

public sealed class StatsHandler : ICommandHandler
{
    public string Command => "stats";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) =>
        Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "stats",
            ctx.Store.Chats.CountUsers(), ctx.Store.Subscriptions.Count(), ctx.Store.Counters.Get("questions_answered"), ctx.Store.Outbox.Backlog()))));
}
