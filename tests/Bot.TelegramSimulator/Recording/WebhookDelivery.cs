namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// One attempt to POST an update to the webhook: the HTTP status the bot answered, or the connection error.
/// A failed attempt is retried until it succeeds or the webhook is removed.
/// </summary>
public sealed record WebhookDelivery(int UpdateId, string Url, int? StatusCode, string? Error, DateTimeOffset Timestamp)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
