using System.Diagnostics;
using Bot.Answering;
using Bot.Answering.Language;

namespace Bot.Bench;

/// <summary>
/// Warm answer latency: one untimed pass fills the caches (entities, figures, agreements, JIT, SQLite pages),
/// then each question is timed as `ask` times it — language detection plus <see cref="OfflineAnswerer.Answer"/>.
/// The answers themselves are kept only for <c>--answers-dump</c>: holding 300 answers with their citations through the
/// phase would add their megabytes to the answering peak the bench reports as the bot's.
/// </summary>
internal sealed class AnswerStage(OfflineAnswerer answerer, bool keepAnswers)
{
    public List<QuestionTiming> Run(IReadOnlyList<BenchQuestion> questions, CancellationToken ct)
    {
        var n = 0;
        foreach (var q in questions)
        {
            ct.ThrowIfCancellationRequested();
            MemoryTrace.Phase(n++ < 3 ? $"answer-warm-{n}" : "answer-warm");
            answerer.Answer(q.Text, LanguageChooser.Choose(null, null, q.Text));
        }
        MemoryTrace.Phase("answer-timed");
        var timings = new List<QuestionTiming>(questions.Count);
        foreach (var q in questions)
        {
            ct.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var cpu = ThreadClock.Now();
            var answer = answerer.Answer(q.Text, LanguageChooser.Choose(null, null, q.Text));
            var cpuMs = (ThreadClock.Now() - cpu) * 1000.0 / Stopwatch.Frequency;
            timings.Add(new QuestionTiming(q, Stopwatch.GetElapsedTime(started).TotalMilliseconds, answer.Kind) { CpuMs = cpuMs, Answer = keepAnswers ? answer : null });
        }
        return timings;
    }
}
