using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Localization;
using Bot.Knowledge.Chats;
using Bot.Llm.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Bot.Llm.Answering;

/// <summary>
/// The seam's LLM implementation. The offline answer is always made first: it is the fallback, and it keeps the
/// rule-based follow-up state. The model's answer replaces it only when grounded; on any failure the user gets the
/// offline answer with a short note, and the reason is logged and counted.
/// </summary>
public sealed class LlmQuestionAnswerer(
    OfflineAnswerer offline, GroundedAnswerer grounded, ConversationHistory conversations, Counters counters, CallBudget budget,
    IOptionsMonitor<LlmOptions> options, ILogger<LlmQuestionAnswerer> logger) : IQuestionAnswerer
{
    public async Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct)
    {
        var o = options.CurrentValue;
        var key = conversation?.Key;
        IReadOnlyList<ConversationTurn> history = key is null ? [] : conversations.Recent(key, o.HistoryTurns);
        var fallback = offline.Answer(question, lang, conversation);
        if (fallback.Kind == AnswerKind.Refused) return fallback;
        var shown = await ChooseAsync(question, lang, fallback, history, o, ct);
        if (key is not null && o.HistoryTurns > 0) conversations.Append(key, question.Trim(), shown.Text, o.HistoryTurns);
        return shown;
    }

    async Task<Answer> ChooseAsync(string question, string lang, Answer fallback, IReadOnlyList<ConversationTurn> history, LlmOptions o, CancellationToken ct)
    {
        if (!o.Enabled) return Fallback(fallback, FallbackReason.Disabled);
        if (!budget.HasRemaining) return Fallback(fallback, FallbackReason.Budget);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(o.Timeout);
        LlmOutcome outcome;
        try
        {
            outcome = await grounded.AnswerAsync(question, lang, fallback, history, o, deadline.Token);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return Fallback(fallback, Classify(e, deadline.IsCancellationRequested), exception: e);
        }
        if (outcome.Shown is { } answer)
        {
            counters.Increment("llm_answers");
            logger.LogInformation("Answered with the model ({Citations} sources cited)", answer.Citations.Count);
            return answer;
        }
        if (outcome.Failure is { } failure) return Fallback(fallback, failure, outcome.Problems);
        // No facts to ask about, or the model found none in them: nothing failed, and the offline answer says what is known.
        counters.Increment(outcome.NoFacts ? "llm_skipped_no_facts" : "llm_not_found");
        return fallback;
    }

    FallbackReason Classify(Exception e, bool deadlinePassed)
    {
        if (Chain(e).Any(x => x is LlmBudgetExhaustedException) || !budget.HasRemaining) return FallbackReason.Budget;
        if (deadlinePassed || Chain(e).Any(x => x is TimeoutRejectedException)) return FallbackReason.Timeout;
        return FallbackReason.Error;
    }

    static string Describe(Exception? e)
    {
        if (e is null) return "no answer";
        var status = Chain(e).Select(x => x switch
        {
            Microsoft.SemanticKernel.HttpOperationException { StatusCode: { } c } => (int)c,
            System.ClientModel.ClientResultException { Status: > 0 } r => r.Status,
            HttpRequestException { StatusCode: { } c } => (int)c,
            _ => 0,
        }).FirstOrDefault(c => c > 0);
        var types = string.Join(" <- ", Chain(e).Select(x => x.GetType().Name).Distinct());
        return status > 0 ? $"HTTP {status}, {types}" : types;
    }

    static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }

    Answer Fallback(Answer offlineAnswer, FallbackReason reason, IReadOnlyList<string>? problems = null, Exception? exception = null)
    {
        var name = reason.ToString().ToLowerInvariant();
        counters.Increment("llm_fallbacks");
        counters.Increment("llm_fallback:" + name);
        if (problems is { Count: > 0 })
            logger.LogWarning("The model's answer was not shown ({Reason}): {Problems}", name, string.Join("; ", problems));
        else if (reason is FallbackReason.Disabled or FallbackReason.Budget)
            logger.LogInformation("The model was not asked ({Reason}); the offline answer was shown", name);
        else
        {
            // One line per failed call; the stack only at Debug. Exception types and a status code, never a message:
            // a provider's error text can echo the request, and some providers put the key in the URL.
            logger.LogWarning("The model's answer was not shown ({Reason}: {Failure}); the offline answer was", name, Describe(exception));
            if (exception is not null) logger.LogDebug(exception, "The model call failed");
        }
        var note = Texts.Get(offlineAnswer.Lang, reason == FallbackReason.Disabled ? "llm_disabled" : "llm_fallback");
        return offlineAnswer with { Text = offlineAnswer.Text + "\n\n" + note, FallbackReason = name };
    }
}
