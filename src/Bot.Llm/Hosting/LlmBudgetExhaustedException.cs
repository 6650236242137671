namespace Bot.Llm.Hosting;

/// <summary>The day's Llm:DailyCallBudget is spent; answers are offline until midnight UTC.</summary>
public sealed class LlmBudgetExhaustedException() : Exception("the daily LLM call budget is spent");
