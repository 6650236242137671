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

    /// <summary>
    /// Whether <paramref name="e"/> is only the stop interrupting a call. Telegram.Bot reports a cancellation that lands
    /// after the reply arrived but before it was read as a <see cref="RequestException"/> ("exception during
    /// deserialization of the response") with the cancellation inside, and Polly's retry hands that last failure back
    /// as it is once the token is cancelled; a worker that let it through would end the bot with exit 1 on SIGTERM.
    /// </summary>
    public static bool IsStop(Exception e, CancellationToken stopping)
    {
        if (!stopping.IsCancellationRequested) return false;
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
            if (cause is OperationCanceledException) return true;
        return false;
    }

    public static long? MigratedTo(Exception e) => e is ApiRequestException { Parameters.MigrateToChatId: { } id } ? id : null;

    /// <summary>A short description safe to log and store: Telegram's own words, never a URL (which carries the token).</summary>
    public static string Describe(Exception e) => e switch
    {
        ApiRequestException api => $"{api.ErrorCode}: {api.Message}",
        OperationCanceledException => "timed out",
        _ => e.GetType().Name,
    };
}
