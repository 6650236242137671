using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Webhook;

/// <summary>
/// POST {path}: accepts an update only with the right X-Telegram-Bot-Api-Secret-Token, writes it to the inbox and
/// answers 200 once it is there (503 while the store is busy, so that Telegram delivers it again); the update is
/// handled in the background by <see cref="WebhookProcessor"/>.
/// </summary>
public static class WebhookEndpoint
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    const int MaxBodyBytes = 1 << 20;

    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app, string path)
    {
        app.MapPost(path, HandleAsync);
        return app;
    }

    static async Task<IResult> HandleAsync(HttpContext http, WebhookInbox inbox, IOptions<TelegramOptions> options, ILoggerFactory loggers)
    {
        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), options.Value.Webhook.SecretToken)) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (http.Request.ContentLength is > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        // A chunked body states no length: the server stops it at the limit while it is read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Refused on purpose: answered here, so the server does not report it as an unhandled exception.
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException e)
        {
            loggers.CreateLogger(typeof(WebhookEndpoint)).LogWarning("A malformed webhook update was refused with 400 (line {Line}, byte {Position})", e.LineNumber, e.BytePositionInLine);
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        return inbox.TryAccept(update) ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    static bool SecretMatches(string given, string expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
