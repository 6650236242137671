using System.Text.Json;

namespace Bot.Bench;

/// <summary>The `bench --json` contract: one flat object of snake_case numbers; the first ten keys are the stable ones.</summary>
internal static class BenchJson
{
    public static string Render(BenchResult r)
    {
        var last = r.Memory["searched"];
        var o = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["ingest_docs_per_s"] = Math.Round(r.Ingest.DocsPerSecond, 1),
            ["answer_p50_ms"] = Math.Round(r.AnswerP(50), 3),
            ["answer_p95_ms"] = Math.Round(r.AnswerP(95), 3),
            ["answer_p99_ms"] = Math.Round(r.AnswerP(99), 3),
            ["fts_p50_ms"] = Math.Round(r.FtsP(50), 3),
            ["fts_p99_ms"] = Math.Round(r.FtsP(99), 3),
            ["ratio_p99"] = Math.Round(r.RatioP99, 2),
            ["peak_mb"] = Math.Round(r.PeakMb, 1),
            ["documents"] = r.Documents,
            ["passages"] = r.Passages,
            ["generated_documents"] = r.Ingest.Documents,
            ["questions"] = r.Answers.Count,
            ["seed"] = r.Settings.Seed,
            ["agreements"] = r.Agreements,
            ["figures"] = r.Figures,
            ["generate_s"] = Math.Round(r.Ingest.GenerateSeconds, 2),
            ["ingest_parse_s"] = Math.Round(r.Ingest.ParseSeconds, 2),
            ["ingest_extract_s"] = Math.Round(r.Ingest.ExtractSeconds, 2),
            ["ingest_prepare_s"] = Math.Round(r.Ingest.PrepareSeconds, 2),
            ["ingest_save_s"] = Math.Round(r.Ingest.SaveSeconds, 2),
            ["ingest_wait_s"] = Math.Round(r.Ingest.Wait.WallSeconds, 2),
            ["ingest_figures_s"] = Math.Round(r.Ingest.FigureReading.WallSeconds, 2),
            ["fts_content_p50_ms"] = Math.Round(r.FtsContentP(50), 3),
            ["fts_content_p99_ms"] = Math.Round(r.FtsContentP(99), 3),
            ["ratio_content_p99"] = Math.Round(r.RatioContentP99, 2),
            ["ingest_peak_mb"] = Math.Round(r.Memory["ingested"].PeakWorkingSetMb, 1),
            ["working_set_mb"] = Math.Round(last.WorkingSetMb, 1),
            ["managed_heap_mb"] = Math.Round(last.ManagedHeapMb, 1),
            ["sqlite_peak_mb"] = Math.Round(last.SqlitePeakMb, 1),
            ["db_mb"] = Math.Round(r.DatabaseMb, 1),
            ["agreements_seeded"] = r.SeededAgreements,
            ["agreements_reported"] = r.ReportedAgreements,
            ["ingest_setup_s"] = Math.Round(r.Ingest.Setup.WallSeconds, 2),
            ["ingest_cpu_docs_per_s"] = Math.Round(r.Ingest.DocsPerCpuSecond, 1),
            ["ingest_alloc_mb"] = Math.Round(r.Ingest.AllocatedMb, 0),
            ["ingest_gc0"] = r.Ingest.Collections[0],
            ["ingest_gc1"] = r.Ingest.Collections[1],
            ["ingest_gc2"] = r.Ingest.Collections[2],
            ["ingest_gc_pause_s"] = Math.Round(r.Ingest.GcPauseSeconds, 2),
            ["answer_peak_mb"] = Math.Round(r.AnswerPeakMb, 1),
            ["ingest_gc_committed_mb"] = Math.Round(r.Memory["ingested"].GcCommittedMb, 1),
            ["gc_committed_mb"] = Math.Round(last.GcCommittedMb, 1),
            ["ingest_process_cpu_s"] = Math.Round(r.Ingest.ProcessCpuSeconds, 2),
            ["ingest_process_cpu_docs_per_s"] = Math.Round(r.Ingest.DocsPerProcessCpuSecond, 1),
            ["rss_anon_mb"] = Math.Round(last.AnonymousMb, 1),
            ["rss_file_mb"] = Math.Round(last.FileMb, 1),
            ["rss_shmem_mb"] = Math.Round(last.SharedMb, 1),
            ["ingest_rss_anon_mb"] = Math.Round(r.Memory["ingested"].AnonymousMb, 1),
            ["ready_to_run"] = BuildMode.IsReadyToRun ? 1 : 0,
            ["answer_chat_p50_ms"] = Math.Round(r.ChatP(50), 3),
            ["answer_chat_p99_ms"] = Math.Round(r.ChatP(99), 3),
            ["answer_chat_cpu_p50_ms"] = Math.Round(r.ChatCpuP(50), 3),
            ["answer_chat_cpu_p99_ms"] = Math.Round(r.ChatCpuP(99), 3),
            ["answer_chat_snapshot_builds"] = r.ChatSnapshotBuilds,
        };
        foreach (var (step, cost) in r.Ingest.Steps)
        {
            o[$"ingest_{step}_cpu_s"] = Math.Round(cost.CpuSeconds, 2);
            o[$"ingest_{step}_alloc_mb"] = Math.Round(cost.AllocatedMb, 0);
        }
        foreach (var (phase, seconds) in r.PhaseSeconds) o[$"phase_{phase}_s"] = Math.Round(seconds, 2);
        foreach (var category in r.Answers.GroupBy(a => a.Question.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            o[$"answer_p99_{category.Key}_ms"] = Math.Round(Percentiles.Of(category.Select(a => a.Ms).ToList(), 99), 3);
        return JsonSerializer.Serialize(o);
    }
}
