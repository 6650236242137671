using Bot.Knowledge.Observability;

namespace Bot.Observability;

/// <summary>
/// On the Telegram HTTP client: counts the Bot API calls that failed, by Telegram's error code (the HTTP status of its
/// answer) and method, or "network" when no answer came. The method is the URL's last segment; the token, earlier in
/// the path, is never looked at.
/// </summary>
public sealed class TelegramErrorCounter : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments is [.., var last] ? last.Trim('/') : "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) Count(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), method);
            return response;
        }
        catch (HttpRequestException)
        {
            Count("network", method);
            throw;
        }
    }

    static void Count(string code, string method) =>
        BotMetrics.TelegramErrors.Add(1, new KeyValuePair<string, object?>("code", code), new KeyValuePair<string, object?>("method", method));
}
