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

    /// <summary>The list with a remove button each, and — when there are several — one for all of them, which asks first.</summary>
    public Reply Render(HandlerContext ctx, int? editMessageId, string header = "subscriptions_header")
    {
        var subs = subscriptions.ForChat(ctx.ChatId);
        if (subs.Count == 0) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "no_subscriptions"))) with { EditMessageId = editMessageId };
        var buttons = subs.Select(s => (IReadOnlyList<Button>)[new Button("✖ " + SubscriptionLabels.Of(s, ctx.Lang), $"unsub:{s.Id}")]).ToList();
        if (subs.Count > 1) buttons.Add([new Button(BotTexts.Get(ctx.Lang, "unsubscribe_all_button"), UnsubscribeCallbacks.AskAll)]);
        return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, header))) with { Buttons = buttons, EditMessageId = editMessageId };
    }

    /// <summary>"Remove all?" with yes and no, in place of the list.</summary>
    public static Reply ConfirmAll(HandlerContext ctx, int editMessageId) =>
        Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "unsubscribe_all_confirm"))) with
        {
            EditMessageId = editMessageId,
            Buttons = [[new Button(BotTexts.Get(ctx.Lang, "unsubscribe_all_yes"), UnsubscribeCallbacks.RemoveAll),
                        new Button(BotTexts.Get(ctx.Lang, "unsubscribe_keep"), UnsubscribeCallbacks.Keep)]],
        };
}
