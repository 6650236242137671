using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/ask QUESTION — how a group asks (/ask@botname …); in private chats any text is a question anyway.</summary>
public sealed class AskHandler(QuestionService questions) : ICommandHandler
{
    public string Command => "ask";

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) => await questions.AnswerAsync(ctx, ctx.Argument, ct);
}
