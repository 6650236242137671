using System.Diagnostics;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Language;

namespace Bot.Answering.Evaluation;

/// <summary>
/// Asks every question of an evaluation file in order, as a user would: a question with <c>after</c> in the same
/// conversation right after the one it follows (asked again first when another question came between), every other
/// one in a fresh conversation. The answer language is chosen from the question, as for any user.
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
                if (item.After is { } after) await AskAsync(byId[after].Question, conversation, ct);
            }
            var started = Stopwatch.GetTimestamp();
            var answer = await AskAsync(item.Question, conversation, ct);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            results.Add(new EvalResult(item, answer.Text, answer.Lang, elapsed, AnswerCheck.Problems(item, answer.Text)));
            lastAsked = item.Id;
        }
        return new EvalReport(results);
    }

    Task<Answer> AskAsync(string question, ConversationState conversation, CancellationToken ct) =>
        answerer.AnswerAsync(question, LanguageChooser.Choose(null, null, question), conversation, ct);
}
