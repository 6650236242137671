using Bot.Knowledge.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/subscriptions — the chat's subscriptions, each with a button that removes it.</summary>
public sealed class SubscriptionsHandler(SubscriptionBook subscriptions) : ICommandHandler
{
    public string Command => "subscriptions";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => Task.FromResult<Reply?>(Render(ctx, null));

    public Reply Render(HandlerContext ctx, int? editMessageId)
    {
        var subs = subscriptions.ForChat(ctx.ChatId);
        if (subs.Count == 0) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "no_subscriptions"))) with { EditMessageId = editMessageId };
        var buttons = subs.Select(s => (IReadOnlyList<Button>)[new Button("✖ " + SubscriptionLabels.Of(s, ctx.Lang), $"unsub:{s.Id}")]).ToList();
        return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "subscriptions_header"))) with { Buttons = buttons, EditMessageId = editMessageId };
    }
}
