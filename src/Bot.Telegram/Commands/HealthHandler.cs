using Bot.Knowledge.Alerts;
using Bot.Knowledge.Search;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/health (administrators): what the store holds, the alert backlog, and since when the bot runs.</summary>
public sealed class HealthHandler(DocumentReader documents, AgreementReader agreements, FigureReader figures, AlertOutbox outbox, TimeProvider clock) : ICommandHandler
{
    readonly DateTimeOffset _started = clock.GetUtcNow();

    public string Command => "health";
    public bool AdminOnly => true;

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct) =>
        Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "health",
            documents.Count(), agreements.All().Count, figures.All().Count, outbox.Backlog(), _started))));
}
