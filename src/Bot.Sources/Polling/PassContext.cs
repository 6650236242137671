using Bot.Knowledge;
using Bot.Knowledge.Extraction;
using Bot.Sources.Dedup;
using Bot.Sources.Relevance;
using Bot.Sources.State;

namespace Bot.Sources.Polling;

/// <summary>What one polling pass works with: the store, its saved state, and the per-pass views built once from it.</summary>
public sealed class PassContext
{
    public required KnowledgeStore Store { get; init; }
    public required SourceStates States { get; init; }
    public required SeenItems Seen { get; init; }
    public required DuplicateFinder Duplicates { get; init; }
    public required CooperationFilter Relevance { get; init; }
    public required DocumentExtractor Extractor { get; init; }

    public static PassContext Create(KnowledgeStore store, SourcesOptions options, TimeProvider clock)
    {
        var seen = new SeenItems(store, clock);
        var entities = store.Entities.Index();
        return new PassContext
        {
            Store = store,
            States = new SourceStates(store),
            Seen = seen,
            Duplicates = seen.LoadRecent(options.NearDuplicateWindow, options.NearDuplicateSimilarity),
            Relevance = new CooperationFilter(entities),
            Extractor = new DocumentExtractor(entities),
        };
    }
}
