using System.Globalization;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Scheduling;
using Bot.Knowledge.SourceState;
using Bot.Telegram.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>How the feed commands show a source and a change to it, in the admin's language and time zone.</summary>
public static class FeedTexts
{
    public static string Line(HandlerContext ctx, FeedStatus f)
    {
        var text = f.Paused
            ? BotTexts.Get(ctx.Lang, "feeds_item_paused", f.Number, f.Name, f.Url, IntervalText.Format(f.Interval))
            : BotTexts.Get(ctx.Lang, "feeds_item", f.Number, f.Name, f.Url, IntervalText.Format(f.Interval), When(ctx.Chat, f.NextPoll, ctx.Lang), When(ctx.Chat, f.LastPolled, ctx.Lang));
        if (f.LastError is not null) text += "\n" + BotTexts.Get(ctx.Lang, "feeds_last_error", f.Failures, f.LastError);
        return Html.Escape(text);
    }

    /// <summary>The reply to /feed_add, /feed_remove, /feed_pause and /feed_resume.</summary>
    public static Reply Change(HandlerContext ctx, FeedChange change, string asked, TimeSpan minimum)
    {
        var f = change.Feed;
        var text = change.Outcome switch
        {
            FeedOutcome.Added => BotTexts.Get(ctx.Lang, "feed_added", f!.Name, f.Url, IntervalText.Format(f.Interval)),
            FeedOutcome.AlreadyWatched => BotTexts.Get(ctx.Lang, "feed_known", f!.Number, f.Name),
            FeedOutcome.Removed => BotTexts.Get(ctx.Lang, "feed_removed", f!.Name, f.Url),
            FeedOutcome.Paused => BotTexts.Get(ctx.Lang, "feed_paused", f!.Name, f.Number),
            FeedOutcome.Resumed => BotTexts.Get(ctx.Lang, "feed_resumed", f!.Name),
            FeedOutcome.BadUrl => BotTexts.Get(ctx.Lang, "feed_bad_url", asked),
            _ => BotTexts.Get(ctx.Lang, "feed_not_found", asked),
        };
        if (change.IntervalRaised) text += "\n" + BotTexts.Get(ctx.Lang, "feed_interval_raised", IntervalText.Format(minimum));
        return Reply.Text(Html.Escape(text));
    }

    static string When(ChatRow chat, DateTimeOffset? at, string lang) => at is { } t
        ? TimeZoneInfo.ConvertTime(t, ChatTimeZone.Of(chat)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ChatTimeZone.Label(chat)
        : BotTexts.Get(lang, "stats_never");
}
