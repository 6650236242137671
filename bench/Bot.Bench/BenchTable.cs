using System.Globalization;
using System.Text;

namespace Bot.Bench;

/// <summary>The human-readable report: the four targets first, then where the time and memory went.</summary>
internal static class BenchTable
{
    static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Render(BenchResult r)
    {
        var s = new StringBuilder();
        var i = r.Ingest;
        s.AppendLine(C, $"bench: seed {r.Settings.Seed}, {i.Documents:N0} generated documents (~{1 - CorpusGenerator.RussianShare:P0} English, {CorpusGenerator.RussianShare:P0} Russian), {r.Answers.Count} questions");
        s.AppendLine(C, $"store: {r.Documents:N0} documents, {r.Passages:N0} passages, {r.Agreements:N0} agreements, {r.Figures:N0} figures, {r.DatabaseMb:F0} MB on disk (seeded from data/ first)");
        s.AppendLine(BuildMode.IsReadyToRun ? "code: ReadyToRun (published with PublishReadyToRun; the bot ships without it, see README \"Memory\")" : "code: compiled by the JIT as it runs, as the bot ships");
        s.AppendLine("ingest: Markdown articles generated and written to files before the clock starts, then read from them (FileReader) → DocumentExtractor, and per Ingestor.BatchSize documents PreparedDocument → WriteBatch.Save → commit beside the reading of the next batch, as `ingest` does with a folder");
        s.AppendLine();
        s.AppendLine(C, $"{"measure",-58} {"value",22}  {"target",-12} {"met",-3}");
        Row(s, "ingest docs/s (Markdown files, real pipeline)", $"{i.DocsPerSecond:N0}", $"≥ {BenchResult.TargetDocsPerSecond:N0}", i.DocsPerSecond >= BenchResult.TargetDocsPerSecond);
        Row(s, "answer latency p50 / p95 / p99 ms (warm, OfflineAnswerer)", $"{r.AnswerP(50):F2} / {r.AnswerP(95):F2} / {r.AnswerP(99):F2}", $"p99 ≤ {BenchResult.TargetP99Ms:N0}", r.AnswerP(99) <= BenchResult.TargetP99Ms);
        Row(s, "answer as a chat turn p50 / p99 ms (as QuestionService)", $"{r.ChatP(50):F2} / {r.ChatP(99):F2}", $"p99 ≤ {BenchResult.TargetP99Ms:N0}", r.ChatP(99) <= BenchResult.TargetP99Ms);
        Row(s, "raw FTS5 MATCH p50 / p99 ms (all analyzed keys, top 24)", $"{r.FtsP(50):F2} / {r.FtsP(99):F2}", "", null);
        Row(s, "ratio_p99 = answer p99 / raw FTS p99", $"{r.RatioP99:F2}", $"≤ {BenchResult.TargetRatio:N0}", r.RatioP99 <= BenchResult.TargetRatio);
        Row(s, "peak working set MB", $"{r.PeakMb:F1}", $"≤ {BenchResult.TargetPeakMb:N0}", r.PeakMb <= BenchResult.TargetPeakMb);
        s.AppendLine();
        s.AppendLine("ingestion, seconds summed over documents:");
        s.AppendLine(C, $"  generate {i.GenerateSeconds:F2} (before, not counted) | parse {i.ParseSeconds:F2} | extract {i.ExtractSeconds:F2} | figures {i.FigureReading.WallSeconds:F2} + prepare {i.PrepareSeconds:F2} + save {i.SaveSeconds:F2} (beside those; reading waited {i.Wait.WallSeconds:F2} for them) | {i.Agreements:N0} agreement and {i.Figures:N0} figure drafts");
        s.AppendLine(C, $"  CPU s / MB allocated by the thread doing each step: {string.Join(" | ", i.Steps.Select(x => $"{x.Step} {x.Cost.CpuSeconds:F2} / {x.Cost.AllocatedMb:N0}"))}");
        s.AppendLine(C, $"  {i.DocsPerCpuSecond:N0} docs per CPU second{(ThreadClock.IsCpuTime ? "" : " (no thread CPU clock here: wall time)")}, {i.DocsPerProcessCpuSecond:N0} per CPU second of the whole process; collections during ingest gen0/gen1/gen2 {string.Join('/', i.Collections)}, all threads paused for the GC {i.GcPauseSeconds:F2} s");
        s.AppendLine(C, $"agreements: {r.Agreements:N0} stored = {r.SeededAgreements:N0} seeded + {r.Agreements - r.SeededAgreements:N0} from the corpus, whose articles report {r.ReportedAgreements:N0} distinct signed documents");
        s.AppendLine(C, $"FTS with common keys dropped (df > 20%, as SentenceRanker does): p50 {r.FtsContentP(50):F2} ms, p99 {r.FtsContentP(99):F2} ms, answer/FTS p99 {r.RatioContentP99:F2}");
        s.AppendLine("answers by question category:");
        foreach (var g in r.Answers.GroupBy(a => a.Question.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ms = g.Select(a => a.Ms).ToList();
            var kinds = string.Join(", ", g.GroupBy(a => a.Kind).OrderByDescending(k => k.Count()).Select(k => $"{k.Count()} {k.Key.ToString().ToLowerInvariant()}"));
            s.AppendLine(C, $"  {g.Key,-13} n={g.Count(),-4} p50 {Percentiles.Of(ms, 50),7:F2}  p99 {Percentiles.Of(ms, 99),7:F2} ms   answered as: {kinds}");
        }
        s.AppendLine(C, $"wall time per phase (s): {string.Join(", ", r.PhaseSeconds.Select(p => $"{p.Key} {p.Value:F1}"))}, total {r.PhaseSeconds.Values.Sum():F1}");
        s.AppendLine(C, $"peak working set while answering and searching: {r.AnswerPeakMb:F1} MB{(r.PeakReset ? " (started over after ingestion)" : " (cumulative: could not be started over)")}");
        s.AppendLine("memory (MB): peak working set / working set / managed heap / GC committed / SQLite in use / SQLite peak; working set as anonymous + files + shared (JIT code)");
        foreach (var (stage, m) in r.Memory)
            s.AppendLine(C, $"  after {stage,-9} {m.PeakWorkingSetMb,7:F1} / {m.WorkingSetMb,7:F1} / {m.ManagedHeapMb,7:F1} / {m.GcCommittedMb,7:F1} / {m.SqliteMb,6:F1} / {m.SqlitePeakMb,6:F1}; {m.AnonymousMb,6:F1} + {m.FileMb,5:F1} + {m.SharedMb,5:F1}");
        return s.ToString().TrimEnd();
    }

    static void Row(StringBuilder s, string measure, string value, string target, bool? met) =>
        s.AppendLine(C, $"{measure,-58} {value,22}  {target,-12} {(met is null ? "" : met.Value ? "yes" : "NO")}");
}
