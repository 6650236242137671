using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/stats (administrators): users, subscriptions, questions answered, alert backlog.</summary>
public sealed class StatsHandler(ChatDirectory chats, SubscriptionBook subscriptions, Counters counters, AlertOutbox outbox) : ICommandHandler
{
    public string Command => "stats";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) =>
        Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "stats",
            chats.CountUsers(), subscriptions.Count(), counters.Get("questions_answered"), outbox.Backlog()))));
}
