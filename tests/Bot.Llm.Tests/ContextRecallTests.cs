using Bot.Answering.Evaluation;
using Bot.Llm.Facts;
using Bot.TestKit;

namespace Bot.Llm.Tests;

/// <summary>
/// The facts a question prefetches for the model must hold its answer: a model that repeats them perfectly (the best
/// reader there is) can then answer. Scored with the devcorpus patterns against the facts' text; the floor is what the
/// prefetch reaches today and is only ever raised.
/// </summary>
public sealed class ContextRecallTests
{
    const int RecallFloor = 54;

    [SharedFact("devcorpus/questions.jsonl", "devcorpus/docs")]
    public async Task The_facts_given_to_the_model_hold_the_answer_to_devcorpus_questions()
    {
        using var temp = TempStore.Empty();
        await temp.Store.Ingestor.IngestAsync([Path.Combine(Paths.DevcorpusDir, "docs")], CancellationToken.None);
        var finder = new FactFinder(temp.Store.Entities, temp.Store.Agreements, temp.Store.Passages, temp.Store.Figures, TimeProvider.System);
        // A follow-up is read with its conversation, which this prefetch does not have.
        var answerable = EvalFile.Load(Path.Combine(Paths.DevcorpusDir, "questions.jsonl"))
            .Where(i => i.Kind != "unanswerable" && i.After is null).ToList();

        var missed = answerable.Where(i =>
        {
            var facts = string.Join("\n", finder.ForQuestion(finder.Analyze(i.Question, i.Lang ?? "en")).SelectMany(f => f.Texts()));
            return i.ExpectAll.Any(p => !p.IsMatch(facts)) || i.ExpectAny.Count > 0 && !i.ExpectAny.Any(p => p.IsMatch(facts));
        }).Select(i => i.Id).ToList();

        (answerable.Count - missed.Count).ShouldBeGreaterThanOrEqualTo(RecallFloor,
            $"{answerable.Count - missed.Count} of {answerable.Count} recalled; missed: {string.Join(", ", missed)}");
    }
}
