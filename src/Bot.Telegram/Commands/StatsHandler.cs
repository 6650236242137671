using System.Globalization;
using System.Text;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Observability;
using Bot.Telegram.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>
/// /stats (administrators): who uses the bot, questions answered, not found and refused today and in the last 7 days
/// ("today" in the admin's time zone), how the last 7 days' questions were answered (extractive, LLM, fallback,
/// refused) and how fast (median and 95th percentile), what the store holds, the last feed poll, the alert outbox, and
/// the questions of the last 7 days the store could not answer — the operator's to-do list.
/// </summary>
public sealed class StatsHandler(StoreCounts counts, QuestionLog questions, TimeProvider clock) : ICommandHandler
{
    const int UnansweredShown = 10;

    public string Command => "stats";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var zone = ChatTimeZone.Of(ctx.Chat);
        var now = clock.GetUtcNow();
        var localMidnight = TimeZoneInfo.ConvertTime(now, zone).Date;
        var today = new DateTimeOffset(localMidnight, zone.GetUtcOffset(localMidnight));
        var week = now.AddDays(-7);
        var t = counts.Read();
        var d = questions.Tally(today);
        var w = questions.Tally(week);
        var lastPoll = t.LastFeedPoll is { } at
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + ChatTimeZone.Label(ctx.Chat)
            : BotTexts.Get(ctx.Lang, "stats_never");
        var text = new StringBuilder(BotTexts.Get(ctx.Lang, "stats",
            t.Users, t.Groups, t.Subscribers, t.Subscriptions,
            d.Answered, d.NotFound, d.Refused, w.Answered, w.NotFound, w.Refused,
            t.Documents, t.Agreements, lastPoll, t.OutboxPending, t.OutboxDead));
        var modes = questions.Modes(week);
        text.Append('\n').Append(BotTexts.Get(ctx.Lang, "stats_modes", modes.Extractive, modes.Llm, modes.Fallback, modes.Refused));
        text.Append('\n').Append(questions.Latency(week) is { } latency
            ? BotTexts.Get(ctx.Lang, "stats_latency", Milliseconds(latency.Median), Milliseconds(latency.P95))
            : BotTexts.Get(ctx.Lang, "stats_latency_none"));
        var unanswered = questions.Unanswered(week, UnansweredShown);
        text.Append("\n\n").Append(BotTexts.Get(ctx.Lang, unanswered.Count == 0 ? "stats_unanswered_none" : "stats_unanswered_title"));
        foreach (var q in unanswered) text.Append('\n').Append(BotTexts.Get(ctx.Lang, "stats_unanswered_item", q.Times, q.Question));
        return Task.FromResult<Reply?>(Reply.Text(Html.Escape(text.ToString())));
    }

    static long Milliseconds(TimeSpan t) => (long)Math.Round(t.TotalMilliseconds);
}
