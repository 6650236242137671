using System.Diagnostics;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Language;

namespace Bot.Answering.Evaluation;

/// <summary>
/// Asks every question of an evaluation file in order, as a user would: a question with <c>after</c> in the same
/// conversation right after the one it follows (asked again first when another question came between), every other
/// one in a fresh conversation. The answer language is chosen from the question, as for any user.
/// A question whose answering throws is a failed result that names the exception, and the run goes on: one broken
/// question must not hide the answers to all the others (the verb still exits non-zero for it).
/// </summary>
public sealed class EvalRunner(IQuestionAnswerer answerer)
{
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalItem> items, CancellationToken ct)
    {
        var byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var results = new List<EvalResult>(items.Count);
        ConversationState? conversation = null;
        string? lastAsked = null;
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            if (item.After is null || conversation is null || lastAsked != item.After)
            {
                conversation = new ConversationState();
                if (item.After is { } after && await TryAskAsync(byId[after].Question, conversation, ct) is { Error: { } first })
                {
                    results.Add(Crashed(item, $"the question it follows ({after}) failed: {first}", 0));
                    lastAsked = null;
                    continue;
                }
            }
            var started = Stopwatch.GetTimestamp();
            var (answer, error) = await TryAskAsync(item.Question, conversation, ct);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            results.Add(answer is null
                ? Crashed(item, error!, elapsed)
                : new EvalResult(item, answer.Text, answer.Lang, elapsed, AnswerCheck.Problems(item, answer.Text)));
            lastAsked = answer is null ? null : item.Id;
        }
        return new EvalReport(results);
    }

    async Task<(Answer? Answer, string? Error)> TryAskAsync(string question, ConversationState conversation, CancellationToken ct)
    {
        try
        {
            return (await answerer.AnswerAsync(question, LanguageChooser.Choose(null, null, question), conversation, ct), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }

    static EvalResult Crashed(EvalItem item, string error, double elapsed) =>
        new(item, "", "", elapsed, [$"answering threw {error}"]) { Error = error };
}
