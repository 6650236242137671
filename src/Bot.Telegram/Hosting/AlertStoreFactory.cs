using Bot.Knowledge;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Hosting;

/// <summary>Opens a second connection to the bot's store for the alert worker; SQLite's WAL lets both work at once.</summary>
public sealed class AlertStoreFactory(IOptions<KnowledgeOptions> options, IHttpClientFactory http, TimeProvider clock)
{
    public KnowledgeStore Open() => new(options.Value.ResolvedDbPath, http.CreateClient(TelegramClientFactory.HttpClientName), clock);
}
