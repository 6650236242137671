using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Hosting;

/// <summary>What a failed Bot API call means for the caller: wait, give up on the chat, follow it, or try later.</summary>
public enum FailureKind { RateLimited, Blocked, Migrated, Rejected, Transient, Unauthorized }

public static class TelegramErrors
{
    public static FailureKind Classify(Exception e) => e switch
    {
        ApiRequestException { ErrorCode: 429 } => FailureKind.RateLimited,
        ApiRequestException { ErrorCode: 401 } => FailureKind.Unauthorized,
        ApiRequestException { ErrorCode: 403 } => FailureKind.Blocked,
        ApiRequestException { Parameters.MigrateToChatId: not null } => FailureKind.Migrated,
        ApiRequestException { ErrorCode: >= 400 and < 500 } => FailureKind.Rejected,
        _ => FailureKind.Transient,
    };

    public static TimeSpan? RetryAfter(Exception e) =>
        e is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : null;

    public static long? MigratedTo(Exception e) => e is ApiRequestException { Parameters.MigrateToChatId: { } id } ? id : null;

    /// <summary>A short description safe to log and store: Telegram's own words, never a URL (which carries the token).</summary>
    public static string Describe(Exception e) => e switch
    {
        ApiRequestException api => $"{api.ErrorCode}: {api.Message}",
        OperationCanceledException => "timed out",
        _ => e.GetType().Name,
    };
}
