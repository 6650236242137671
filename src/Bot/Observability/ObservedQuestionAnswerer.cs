using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Knowledge.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Observability;

/// <summary>
/// Around the bot's answerer: counts every answered question (mode, kind, latency) for /metrics and logs one
/// Information line each — the chat as a short hash, never its id; the question's text only when Logging:Questions is on.
/// </summary>
public sealed class ObservedQuestionAnswerer(IQuestionAnswerer inner, IOptionsMonitor<LogOptions> options, ILogger<ObservedQuestionAnswerer> logger) : IQuestionAnswerer
{
    public async Task<Answer> AnswerAsync(string question, string lang, ConversationState? conversation, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await inner.AnswerAsync(question, lang, conversation, ct);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var kind = answer.Kind.ToString();
        // An offline answer shown in place of the model's is counted as what it is, with the reason (fallback:timeout).
        var mode = answer.FallbackReason is { } reason ? "fallback:" + reason : answer.Mode;
        BotMetrics.Questions.Add(1, new("mode", mode), new("kind", kind));
        if (answer.Kind == AnswerKind.NotFound) BotMetrics.NotFound.Add(1);
        BotMetrics.AnswerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("mode", mode));
        var chat = Hash(conversation?.Key);
        if (options.CurrentValue.Questions)
            logger.LogInformation("Answered chat {Chat} lang {Lang} kind {Kind} mode {Mode} in {Ms:0} ms: {Question}", chat, answer.Lang, kind, mode, elapsed.TotalMilliseconds, question);
        else
            logger.LogInformation("Answered chat {Chat} lang {Lang} kind {Kind} mode {Mode} in {Ms:0} ms", chat, answer.Lang, kind, mode, elapsed.TotalMilliseconds);
        return answer;
    }

    /// <summary>Enough to tell one chat's questions from another's in the log, not to find the chat.</summary>
    static string Hash(string? key) => key is null ? "-" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
}
