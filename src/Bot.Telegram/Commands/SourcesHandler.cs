using System.Text.Json;
using Bot.Answering.Composing;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/sources — the sources behind the chat's last answer, kept in the store across restarts.</summary>
public sealed class SourcesHandler(LastAnswers lastAnswers) : ICommandHandler
{
    public string Command => "sources";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => Task.FromResult<Reply?>(Render(ctx));

    public Reply Render(HandlerContext ctx)
    {
        var last = lastAnswers.Get(ctx.ChatId);
        var citations = last is null ? [] : JsonSerializer.Deserialize<List<Citation>>(last.CitationsJson) ?? [];
        if (last is null || citations.Count == 0) return Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "no_sources")));
        return Reply.Text($"{Html.Escape(BotTexts.Get(ctx.Lang, "sources_of", last.Question))}\n\n{AnswerRenderer.Sources(citations, ctx.Lang)}");
    }
}
