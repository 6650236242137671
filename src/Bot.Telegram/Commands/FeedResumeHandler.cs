using Bot.Knowledge.SourceState;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/feed_resume N|URL (administrators): poll a paused source again, starting now.</summary>
public sealed class FeedResumeHandler(IFeedRegistry feeds) : ICommandHandler
{
    public string Command => "feed_resume";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => Task.FromResult<Reply?>(
        ctx.Argument.Trim() is { Length: > 0 } reference
            ? FeedTexts.Change(ctx, feeds.Pause(reference, paused: false), reference, feeds.MinimumInterval)
            : Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feed_reference_usage", "/feed_resume"))));
}
