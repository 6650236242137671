using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Storage;
using Bot.Sources.Dedup;
using Bot.Sources.Relevance;
using Bot.Sources.State;

namespace Bot.Sources.Polling;

/// <summary>What one polling pass works with: the stores, the saved state, and the per-pass views built once from them.</summary>
public sealed class PassContext
{
    public required DocumentWriter Writer { get; init; }
    public required SourceStates States { get; init; }
    public required SeenItems Seen { get; init; }
    public required DuplicateFinder Duplicates { get; init; }
    public required CooperationFilter Relevance { get; init; }
    public required DocumentExtractor Extractor { get; init; }

    public static PassContext Create(DocumentWriter writer, EntityCatalog catalog, SourceStates states, SeenItems seen, SourcesOptions options)
    {
        var entities = catalog.Index();
        return new PassContext
        {
            Writer = writer,
            States = states,
            Seen = seen,
            Duplicates = seen.LoadRecent(options.NearDuplicateWindow, options.NearDuplicateSimilarity),
            Relevance = new CooperationFilter(entities),
            Extractor = new DocumentExtractor(entities),
        };
    }
}
