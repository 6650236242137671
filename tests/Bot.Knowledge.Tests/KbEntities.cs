using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Seeding;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>The repository's curated entities (data/kb/entities.jsonl), for tests that need names to resolve but no facts.</summary>
internal static class KbEntities
{
    public static IReadOnlyList<Entity> Load() =>
        KbFileReader.ReadLines<KbEntity>(Path.Combine(Paths.DataDir, "kb", "entities.jsonl"))
            .Select(e => new Entity(e.Id, e.Type, e.Name, e.Country, e.Role, e.Aliases ?? []))
            .ToList();

    public static EntityIndex Index() => new(Load());

    /// <summary>An empty store that knows the entities but holds no documents, so every fact in it came from what the test ingests.</summary>
    public static TempStore EmptyStoreWithEntities(HttpClient? http = null, Fetching.FetchLimits? fetch = null)
    {
        var temp = TempStore.Empty(http, fetch: fetch);
        temp.Store.Entities.Upsert(Load());
        return temp;
    }
}
