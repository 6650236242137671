namespace Bot.Llm.Hosting;

/// <summary>Counts every request to the model against the daily budget, and refuses one when the budget is spent.</summary>
public sealed class BudgetHandler(CallBudget budget) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        budget.TryTake() ? base.SendAsync(request, cancellationToken) : throw new LlmBudgetExhaustedException();
}
