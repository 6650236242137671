using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Bot.Llm.Hosting;

/// <summary>
/// The HTTP pipeline to the model: no request logging (the key travels in a header, and a prompt is not a log line),
/// a total timeout equal to Llm:Timeout, and a few quick retries of transient failures inside it.
/// </summary>
public static class LlmHttp
{
    public const string ClientName = "llm";

    public static IHttpClientBuilder Register(IServiceCollection services)
    {
        var client = services.AddHttpClient(ClientName).RemoveAllLoggers();
        client.AddResilienceHandler("llm-pipeline", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                // Outermost: the whole request, retries and their delays included, never outlives the answer's deadline.
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.Timeout });
                if (options.MaxRetries > 0)
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = TimeSpan.FromMilliseconds(300),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        // A 429 may ask for minutes; waiting that long would only end in the timeout.
                        ShouldRetryAfterHeader = false,
                    });
            });
        return client;
    }
}
