using Bot.Knowledge.Alerts;
using Bot.Knowledge.Search;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Telegram.Commands;

/// <summary>
/// /health (administrators): the same checks as /healthz/ready (store, Telegram, every background worker) — what is
/// wrong, one line per failing check, when one fails — then what the store holds, the alert backlog and the uptime.
/// </summary>
public sealed class HealthHandler(
    DocumentReader documents, AgreementReader agreements, FigureReader figures, AlertOutbox outbox, IServiceProvider services, TimeProvider clock) : ICommandHandler
{
    readonly DateTimeOffset _started = clock.GetUtcNow();

    public string Command => "health";
    public bool AdminOnly => true;

    public async Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        var store = new object[] { documents.Count(), agreements.All().Count, figures.All().Count, outbox.Backlog(), _started };
        // Registered by the host with the health endpoints; a host without them has only the store's numbers to give.
        var problems = services.GetService<HealthCheckService>() is { } health
            ? (await health.CheckHealthAsync(ct)).Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                .Select(e => $"• {e.Key}: {e.Value.Description ?? e.Value.Exception?.Message ?? e.Value.Status.ToString()}").ToList()
            : [];
        return Reply.Text(Html.Escape(problems.Count == 0
            ? BotTexts.Get(ctx.Lang, "health", store)
            : BotTexts.Get(ctx.Lang, "health_problems", string.Join("\n", problems)) + "\n" + BotTexts.Get(ctx.Lang, "health_store", store)));
    }
}
