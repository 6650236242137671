using Bot.Answering.Localization;
using Bot.Knowledge.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>
/// /unsubscribe alone asks which (a button each, "all" asks again before removing); /unsubscribe all (in any of the
/// four languages), /unsubscribe TOPIC or the same keywords as subscribed remove at once.
/// </summary>
public sealed class UnsubscribeHandler(GroupAdmins admins, SubscriptionBook subscriptions, SubscriptionsHandler list) : ICommandHandler
{
    public string Command => "unsubscribe";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "group_admin_only")));
        var arg = ctx.Argument.Trim();
        // "all" in any of the four languages (bot-texts.json, word.all).
        if (arg.Length == 0) return list.Render(ctx, null, "unsubscribe_which");
        if (Texts.Languages.Any(l => arg.Equals(BotTexts.Get(l, "word.all"), StringComparison.OrdinalIgnoreCase)))
        {
            subscriptions.RemoveAll(ctx.ChatId);
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "unsubscribed_all")));
        }
        var removed = TopicParser.Domain(arg) is { } domain
            ? subscriptions.Remove(ctx.ChatId, SubscriptionBook.Topic, domain)
            : subscriptions.Remove(ctx.ChatId, SubscriptionBook.Keyword, arg);
        return Reply.Text(Html.Escape(removed > 0 ? BotTexts.Get(ctx.Lang, "unsubscribed", arg) : BotTexts.Get(ctx.Lang, "not_subscribed")));
    }
}
