using Bot.Knowledge;
using Bot.Knowledge.Fetching;
using Microsoft.Extensions.Options;

namespace Bot.Sources.Monitoring;

/// <summary>
/// A connection of the monitor's own to the bot's store for each pass: its write transactions then never interleave
/// with the chat handlers' statements on the shared connection, and SQLite's WAL lets both work at once.
/// </summary>
public sealed class SourceStoreFactory(IOptions<KnowledgeOptions> options, IHttpClientFactory http, TimeProvider clock)
{
    public KnowledgeStore Open() => new(options.Value.ResolvedDbPath, http.CreateClient(SourcesServiceCollectionExtensions.HttpClientName), clock);
}
