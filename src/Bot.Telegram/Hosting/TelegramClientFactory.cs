using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Bot API clients over the "telegram" HttpClient (whose request logging is removed: every URL carries the token).
/// The chat client lets Telegram.Bot wait out short 429s itself; the alert worker handles them in its outbox.
/// </summary>
public sealed class TelegramClientFactory(IHttpClientFactory http, IOptions<TelegramOptions> options)
{
    public const string HttpClientName = "telegram";

    public ITelegramBotClient Create(bool retryOnFlood)
    {
        var o = options.Value;
        var clientOptions = new TelegramBotClientOptions(o.BotToken, string.IsNullOrWhiteSpace(o.ApiBaseUrl) ? null : o.ApiBaseUrl.TrimEnd('/'))
        {
            RetryCount = retryOnFlood ? 3 : 0,
            RetryThreshold = 30,
        };
        return new TelegramBotClient(clientOptions, http.CreateClient(HttpClientName));
    }
}
