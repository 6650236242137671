using Bot.Answering.Evaluation;
using Bot.TestKit;

namespace Bot.Answering.Tests.Evaluation;

/// <summary>
/// The shared evaluation sets, scored as `eval` scores them. Each floor is what the answerer reaches today: raise a
/// floor when the answerer improves, never lower it.
/// </summary>
public sealed class EvaluationFloorTests
{
    const int DevcorpusPassedFloor = 69;
    const int DevcorpusRefusedFloor = 10;

    [SharedFact("devcorpus/questions.jsonl", "devcorpus/docs")]
    public async Task Devcorpus_questions_about_ingested_news_are_answered_at_least_as_well_as_the_floor()
    {
        using var temp = TempStore.Empty();
        await temp.Store.Ingestor.IngestAsync([Path.Combine(Paths.DevcorpusDir, "docs")], CancellationToken.None);
        var report = await Run(temp, Path.Combine(Paths.DevcorpusDir, "questions.jsonl"));

        report.Passed.ShouldBeGreaterThanOrEqualTo(DevcorpusPassedFloor, EvalReportText.Render(report));
        var refusals = report.Results.Where(r => r.Item.Kind == "unanswerable").ToList();
        refusals.Count(r => r.Passed).ShouldBeGreaterThanOrEqualTo(DevcorpusRefusedFloor, EvalReportText.Render(report));
    }

    [SharedFact("devset/questions.jsonl")]
    public async Task Every_devset_question_about_the_seeded_store_is_answered()
    {
        using var temp = await TempStore.SeededAsync();
        var report = await Run(temp, Paths.DevsetFile);

        report.Passed.ShouldBe(report.Total, EvalReportText.Render(report));
        report.WrongLanguage.ShouldBe(0, EvalReportText.Render(report));
    }

    static Task<EvalReport> Run(TempStore temp, string questions) =>
        new EvalRunner(new OfflineQuestionAnswerer(temp.Store.Offline))
            .RunAsync(EvalFile.Load(questions), CancellationToken.None);
}
