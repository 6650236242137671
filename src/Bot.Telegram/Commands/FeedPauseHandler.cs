using Bot.Knowledge.SourceState;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/feed_pause N|URL (administrators): keep a source but stop polling it until /feed_resume.</summary>
public sealed class FeedPauseHandler(IFeedRegistry feeds) : ICommandHandler
{
    public string Command => "feed_pause";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => Task.FromResult<Reply?>(
        ctx.Argument.Trim() is { Length: > 0 } reference
            ? FeedTexts.Change(ctx, feeds.Pause(reference, paused: true), reference, feeds.MinimumInterval)
            : Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feed_reference_usage", "/feed_pause"))));
}
