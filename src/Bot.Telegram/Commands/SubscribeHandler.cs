using Bot.Knowledge.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/subscribe — all new agreements; /subscribe TOPIC (any of the four languages); /subscribe plain keywords.</summary>
public sealed class SubscribeHandler(GroupAdmins admins, SubscriptionBook subscriptions) : ICommandHandler
{
    public const int MaxKeywordChars = 100;

    public string Command => "subscribe";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.IsGroup && !await admins.IsAdminAsync(ctx.ChatId, ctx.Message.UserId, ct))
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "group_admin_only")));
        var argument = ctx.Argument.Length > MaxKeywordChars ? ctx.Argument[..MaxKeywordChars] : ctx.Argument;
        bool added;
        if (argument.Length == 0)
        {
            added = subscriptions.Add(ctx.ChatId, SubscriptionBook.All, "", "all");
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, added ? "subscribed_all" : "already_subscribed")));
        }
        if (TopicParser.Domain(argument) is { } domain)
        {
            added = subscriptions.Add(ctx.ChatId, SubscriptionBook.Topic, domain, domain);
            return Reply.Text(Html.Escape(added ? BotTexts.Get(ctx.Lang, "subscribed_topic", BotTexts.Get(ctx.Lang, "domain." + domain)) : BotTexts.Get(ctx.Lang, "already_subscribed")));
        }
        added = subscriptions.Add(ctx.ChatId, SubscriptionBook.Keyword, argument, argument);
        return Reply.Text(Html.Escape(added ? BotTexts.Get(ctx.Lang, "subscribed_keywords", argument) : BotTexts.Get(ctx.Lang, "already_subscribed")));
    }
}
