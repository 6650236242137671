using Bot.Answering.Composing;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Chats;
using Bot.Llm.Facts;
using Bot.Llm.Grounding;
using Bot.Llm.Hosting;
using Bot.Llm.Prompts;
using Bot.Llm.Tools;
using Microsoft.SemanticKernel;

namespace Bot.Llm.Answering;

/// <summary>
/// One attempt at a model answer: condense a follow-up, prefetch the facts (none → no model call), let the model answer
/// with the knowledge tools, then show its text only if the grounding check passes, with cited ids turned into sources.
/// </summary>
public sealed class GroundedAnswerer(EntityCatalog entities, FactFinder finder, LlmKernelFactory kernels, CallBudget budget, PromptLibrary prompts)
{
    /// <summary>What the prompt tells the model to reply when the facts do not answer the question.</summary>
    public const string NotFoundReply = "NOT_FOUND";

    readonly FollowUpCondenser _condenser = new(prompts);
    readonly AnswerPrompt _prompt = new(prompts);

    public async Task<LlmOutcome> AnswerAsync(string question, string lang, Answer offline, IReadOnlyList<ConversationTurn> history, LlmOptions options, CancellationToken ct)
    {
        var kernel = kernels.Create(budget);
        var standalone = await _condenser.CondenseAsync(kernel, history, question, ct);
        // Not condensed: the offline answerer's analysis already carries the previous question's subject over.
        var q = standalone == question && offline.Question is { } analyzed ? analyzed : finder.Analyze(standalone, lang);
        var ledger = new FactLedger();
        var facts = ledger.Add(finder.ForQuestion(q));
        if (facts.Count == 0) return LlmOutcome.NothingToAsk();

        var limiter = new ToolCallLimiter(options.MaxToolCalls);
        if (options.MaxToolCalls > 0)
        {
            kernel.Plugins.AddFromObject(new KnowledgePlugin(finder, ledger), KnowledgePlugin.Name);
            kernel.AutoFunctionInvocationFilters.Add(limiter);
        }
        var reply = (await _prompt.RunAsync(kernel, standalone, lang, facts, options.Temperature, ct)).Trim();
        if (limiter.Exceeded) return LlmOutcome.Failed(FallbackReason.ToolLimit);
        if (reply.StartsWith(NotFoundReply, StringComparison.Ordinal)) return LlmOutcome.SaidNotFound();

        var problems = new GroundingCheck(entities.Index()).Check(reply, ledger, options.MaxAnswerChars);
        if (problems.Count > 0) return LlmOutcome.Failed(FallbackReason.Ungrounded, problems);
        var (text, citations) = CitationResolver.Resolve(reply, ledger);
        return LlmOutcome.Answered(new Answer(text, lang, Answer.Llm, citations, KindOf(CitationMarkers.IdsIn(reply)), q));
    }

    static AnswerKind KindOf(IReadOnlyList<string> cited) =>
        cited.Any(id => id.StartsWith(FactKinds.Figure, StringComparison.Ordinal)) ? AnswerKind.Figure
        : cited.Any(id => id.StartsWith(FactKinds.Agreement, StringComparison.Ordinal)) ? AnswerKind.Agreements
        : AnswerKind.Passage;
}
