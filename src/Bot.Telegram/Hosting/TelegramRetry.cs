using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Bot.Telegram.Hosting;

/// <summary>
/// How the bot waits out an unreachable Telegram (getMe at start, getUpdates while polling): retried until it works,
/// 1 s doubling to 30 s with jitter, or as long as a 429 asks; a refused token and a stop are not retried.
/// </summary>
public static class TelegramRetry
{
    public static ResiliencePipeline Forever(string call, TimeProvider clock, ILogger logger) => new ResiliencePipelineBuilder { TimeProvider = clock }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException && TelegramErrors.Classify(e) != FailureKind.Unauthorized),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } e ? TelegramErrors.RetryAfter(e) : null),
            OnRetry = args =>
            {
                logger.LogWarning("{Call} failed ({Reason}); trying again in {Seconds:0.#} s",
                    call, args.Outcome.Exception is { } e ? TelegramErrors.Describe(e) : "?", args.RetryDelay.TotalSeconds);
                return default;
            },
        })
        .Build();
}
