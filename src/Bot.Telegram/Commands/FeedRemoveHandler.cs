using Bot.Knowledge.SourceState;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/feed_remove N|URL (administrators): stop watching a source (a configured one stays removed across restarts).</summary>
public sealed class FeedRemoveHandler(IFeedRegistry feeds) : ICommandHandler
{
    public string Command => "feed_remove";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => Task.FromResult<Reply?>(
        ctx.Argument.Trim() is { Length: > 0 } reference
            ? FeedTexts.Change(ctx, feeds.Remove(reference), reference, feeds.MinimumInterval)
            : Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feed_reference_usage", "/feed_remove"))));
}
