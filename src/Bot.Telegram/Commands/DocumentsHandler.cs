using System.Globalization;
using System.Text;
using Bot.Knowledge.Documents;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/documents [TEXT] (administrators): the latest stored documents, or those whose address or source contains TEXT.</summary>
public sealed class DocumentsHandler(DocumentCatalog catalog) : ICommandHandler
{
    const int Shown = 20;

    public string Command => "documents";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var all = catalog.List(source: ctx.Argument.Trim().Length == 0 ? null : ctx.Argument.Trim());
        if (all.Count == 0) return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "documents_none"))));
        var text = new StringBuilder(Html.Escape(BotTexts.Get(ctx.Lang, "documents_header", all.Count))).Append('\n');
        foreach (var doc in all.TakeLast(Shown).Reverse())
            text.Append("\n<code>").Append(doc.Id.ToString(CultureInfo.InvariantCulture)).Append("</code> ").Append(Html.Escape(doc.Title))
                .Append(" — ").Append(Html.Escape(doc.Url ?? doc.Uri));
        text.Append("\n\n").Append(Html.Escape(BotTexts.Get(ctx.Lang, "documents_remove_hint")));
        return Task.FromResult<Reply?>(Reply.Text(text.ToString()));
    }
}
