using System.Diagnostics;
using Bot.Answering;
using Bot.Answering.Composing;
using Bot.Answering.Language;
using Bot.Knowledge.Chats;
using Bot.Telegram.Conversation;

namespace Bot.Bench;

/// <summary>
/// Warm answer latency as a Telegram chat sees it: the same questions asked as turns of keyed conversations, each turn
/// doing the store work `QuestionService` does for a message — the conversation's memory loaded and saved by the answerer,
/// the answered counter, the question log and the chat's last sources written — and timed whole, since the user waits for
/// all of it. A chat's writes must not make the next turn rebuild what the answerer caches of the corpus; the stateless
/// <see cref="AnswerStage"/> cannot see that, this stage does.
/// </summary>
internal sealed class ChatStage(OfflineAnswerer answerer, Counters counters, QuestionLog log, LastAnswers lastAnswers)
{
    /// <summary>Turns per chat: enough for follow-ups to find a memory, few enough that most chats are short, as most are.</summary>
    const int TurnsPerChat = 4;

    public List<QuestionTiming> Run(IReadOnlyList<BenchQuestion> questions, CancellationToken ct)
    {
        // Untimed first pass in chats of their own: the memory rows, the log and the JIT of this path are warm.
        for (var i = 0; i < questions.Count; i++) Turn(-1 - i / TurnsPerChat, questions[i], ct);
        MemoryTrace.Phase("chat-timed");
        var timings = new List<QuestionTiming>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var cpu = ThreadClock.Now();
            var kind = Turn(1 + i / TurnsPerChat, questions[i], ct);
            var cpuMs = (ThreadClock.Now() - cpu) * 1000.0 / Stopwatch.Frequency;
            timings.Add(new QuestionTiming(questions[i], Stopwatch.GetElapsedTime(started).TotalMilliseconds, kind) { CpuMs = cpuMs });
        }
        return timings;
    }

    AnswerKind Turn(long chatId, BenchQuestion q, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var started = Stopwatch.GetTimestamp();
        var lang = LanguageChooser.Choose(null, null, q.Text);
        var answer = answerer.Answer(q.Text, lang, ConversationStates.For(chatId));
        if (answer.Kind != AnswerKind.Refused) counters.Increment("questions_answered");
        log.Record(lang, answer.Kind switch
        {
            AnswerKind.NotFound => QuestionLog.NotFound,
            AnswerKind.Refused => QuestionLog.Refused,
            _ => QuestionLog.Answered,
        }, AnswerModes.Extractive, Stopwatch.GetElapsedTime(started), q.Text);
        if (answer.Citations.Count > 0) lastAnswers.Save(chatId, q.Text, answer.Citations);
        return answer.Kind;
    }
}
