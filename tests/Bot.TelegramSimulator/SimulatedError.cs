using System.Globalization;

namespace Bot.TelegramSimulator;

/// <summary>An error reply of the Bot API: HTTP status = <see cref="ErrorCode"/>, plus the optional "parameters".</summary>
public sealed record SimulatedError(int ErrorCode, string Description, int? RetryAfter = null, long? MigrateToChatId = null)
{
    public static SimulatedError BadGateway { get; } = new(502, "Bad Gateway");

    public static SimulatedError InternalServerError { get; } = new(500, "Internal Server Error");

    public static SimulatedError BlockedByUser { get; } = new(403, "Forbidden: bot was blocked by the user");

    public static SimulatedError TooManyRequests(int retryAfterSeconds) =>
        new(429, string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfterSeconds}"), retryAfterSeconds);

    public static SimulatedError BadRequest(string detail) => new(400, "Bad Request: " + detail);

    public static SimulatedError MigratedTo(long supergroupChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", MigrateToChatId: supergroupChatId);
}
