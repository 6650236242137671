using System.CommandLine;
using Bot.Knowledge;
using Bot.Knowledge.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Cli;

/// <summary>Opens the store a verb asked for (--db, else configuration) and seeds it from data/ when that is due.</summary>
public sealed class StoreOpener(IOptions<KnowledgeOptions> options, IOptions<IngestionOptions> ingestion, IHttpClientFactory http, TimeProvider clock)
{
    public async Task<KnowledgeStore> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var path = parse.GetValue(GlobalOptions.Db) is { Length: > 0 } p ? p : options.Value.ResolvedDbPath;
        var store = new KnowledgeStore(path, http.CreateClient(IngestionServiceCollectionExtensions.HttpClientName), clock, ingestion.Value.Limits);
        try
        {
            await store.EnsureSeededAsync(options.Value.ResolvedDataPath, parse.GetValue(GlobalOptions.NoSeed), clock, ct);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
