using Bot.Answering.Agreements;
using Bot.Answering.Composing;
using Bot.Knowledge.Search;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/agreements [topic] — newest first, a page at a time with ◀ ▶ buttons that edit the same message.</summary>
public sealed class AgreementsHandler(AgreementReader agreements) : ICommandHandler
{
    public const int PageSize = 5;

    public string Command => "agreements";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) =>
        Task.FromResult<Reply?>(Page(ctx, TopicParser.Domain(ctx.Argument), 0, editMessageId: null));

    public Reply Page(HandlerContext ctx, string? domain, int page, int? editMessageId)
    {
        var all = agreements.All().Where(a => domain is null || a.Domain == domain).ToList();
        if (all.Count == 0) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "agreements_empty")));
        var pages = (all.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 0, pages - 1);
        var book = new CitationBook();
        var lines = all.Skip(page * PageSize).Take(PageSize).Select(a => Html.Escape(AgreementFormatter.Line(a, ctx.Lang, book))).ToList();
        var header = BotTexts.Get(ctx.Lang, "agreements_header", page * PageSize + 1, page * PageSize + lines.Count, all.Count);
        var html = $"<b>{Html.Escape(header)}</b>\n{string.Join('\n', lines)}\n\n{AnswerRenderer.Sources(book.Citations, ctx.Lang)}";
        var nav = new List<Button>();
        if (page > 0) nav.Add(new Button(BotTexts.Get(ctx.Lang, "prev"), $"agr:{page - 1}:{domain ?? "-"}"));
        if (page < pages - 1) nav.Add(new Button(BotTexts.Get(ctx.Lang, "next"), $"agr:{page + 1}:{domain ?? "-"}"));
        return Reply.Text(html) with { Buttons = nav.Count == 0 ? [] : [nav], EditMessageId = editMessageId };
    }
}
