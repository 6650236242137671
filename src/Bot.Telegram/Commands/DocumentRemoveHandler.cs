using Bot.Knowledge.Documents;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/document_remove ID|URL (administrators): takes a wrong document out with what it brought; no alert is sent.</summary>
public sealed class DocumentRemoveHandler(DocumentCatalog catalog) : ICommandHandler
{
    public string Command => "document_remove";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var target = ctx.Argument.Trim();
        if (target.Length == 0) return Text(ctx, "documents_remove_hint");
        return catalog.Remove(target) is { } r
            ? Text(ctx, "document_removed", r.Document.Title, r.Passages, r.Figures, r.AgreementsRemoved)
            : Text(ctx, "document_not_found", target);
    }

    static Task<Reply?> Text(HandlerContext ctx, string key, params object[] args) =>
        Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, key, args))));
}
