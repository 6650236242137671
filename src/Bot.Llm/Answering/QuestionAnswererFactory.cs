using Bot.Answering;
using Bot.Knowledge;
using Bot.Llm.Facts;
using Bot.Llm.Hosting;
using Bot.Llm.Prompts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Llm.Answering;

/// <summary>
/// The answerer for a store: the LLM path when Llm:Provider is set and Llm:Enabled, else exactly the offline answerer.
/// The bot asks once for its one store; the CLI asks for the store each verb opens.
/// </summary>
public sealed class QuestionAnswererFactory(
    IOptionsMonitor<LlmOptions> options, LlmKernelFactory kernels, PromptLibrary prompts, TimeProvider clock, ILoggerFactory loggers)
{
    public IQuestionAnswerer Create(KnowledgeStore store, OfflineAnswerer offline)
    {
        var o = options.CurrentValue;
        if (!o.IsConfigured || !o.Enabled) return new OfflineQuestionAnswerer(offline);
        var budget = new CallBudget(store.Counters, clock, () => options.CurrentValue.DailyCallBudget);
        var grounded = new GroundedAnswerer(store, new FactFinder(store, clock), kernels, budget, prompts);
        return new LlmQuestionAnswerer(offline, grounded, store, budget, options, loggers.CreateLogger<LlmQuestionAnswerer>());
    }
}
