using System.Text;
using Bot.Knowledge.SourceState;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Telegram.Bot;

namespace Bot.Telegram.Commands;

/// <summary>
/// /feeds (administrators): the watched feeds and pages, numbered, each with its interval, next poll, last poll and
/// last error; /feeds opml sends them as an OPML file; an OPML file sent with the caption /feeds adds its feeds.
/// </summary>
public sealed class FeedsHandler(IFeedRegistry feeds, ITelegramBotClient bot) : ICommandHandler
{
    /// <summary>Far above any real feed list, far below what could hurt: the file is read into memory.</summary>
    const long MaxOpmlBytes = 2 * 1024 * 1024;

    public string Command => "feeds";
    public bool AdminOnly => true;

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (ctx.Message.DocumentFileId is { } fileId) return await ImportAsync(ctx, fileId, ct);
        if (ctx.Argument.Trim().Equals("opml", StringComparison.OrdinalIgnoreCase)) return Export(ctx);
        var list = feeds.List();
        if (list.Count == 0) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feeds_none")));
        var text = new StringBuilder(Html.Escape(BotTexts.Get(ctx.Lang, "feeds_title", list.Count)));
        foreach (var feed in list) text.Append("\n\n").Append(FeedTexts.Line(ctx, feed));
        return Reply.Text(text.ToString());
    }

    Reply Export(HandlerContext ctx)
    {
        using var opml = new MemoryStream();
        feeds.ExportOpml(opml);
        return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feeds_exported", feeds.List().Count))) with { Document = new ReplyDocument(opml.ToArray(), "kzbg-bot-feeds.opml") };
    }

    async Task<Reply> ImportAsync(HandlerContext ctx, string fileId, CancellationToken ct)
    {
        var file = await bot.GetFile(fileId, ct);
        if (file.FileSize > MaxOpmlBytes) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feeds_import_failed", "> 2 MB")));
        using var content = new MemoryStream();
        await bot.DownloadFile(file.FilePath!, content, ct);
        content.Position = 0;
        try
        {
            var result = feeds.ImportOpml(content, "opml");
            var text = BotTexts.Get(ctx.Lang, "feeds_imported", result.Added, result.AlreadyWatched, result.Refused.Count);
            foreach (var refused in result.Refused.Take(10)) text += "\n• " + refused;
            return Reply.Text(Html.Escape(text));
        }
        catch (FeedListException e)
        {
            return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "feeds_import_failed", e.Message)));
        }
    }
}
