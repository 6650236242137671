using Bot.Knowledge.Scheduling;
using Bot.Knowledge.SourceState;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/feed_add URL [INTERVAL] (administrators): watch an RSS/Atom feed from now on, polled every INTERVAL (30m, 2h…; never below the minimum).</summary>
public sealed class FeedAddHandler(IFeedRegistry feeds) : ICommandHandler
{
    public string Command => "feed_add";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var words = ctx.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is 0 or > 2) return Usage(ctx);
        TimeSpan? interval = null;
        if (words.Length == 2)
        {
            if (!IntervalText.TryParse(words[1], out var every)) return Usage(ctx);
            interval = every;
        }
        return Task.FromResult<Reply?>(FeedTexts.Change(ctx, feeds.Add(words[0], interval, "admin"), words[0], feeds.MinimumInterval));
    }

    static Task<Reply?> Usage(HandlerContext ctx) => Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feed_usage"))));
}
