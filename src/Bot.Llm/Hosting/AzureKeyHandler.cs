namespace Bot.Llm.Hosting;

/// <summary>
/// Azure OpenAI's v1 endpoint takes the key in an "api-key" header; the OpenAI client sends it as a bearer token.
/// Sending both lets one connector serve both services.
/// </summary>
public sealed class AzureKeyHandler(string apiKey) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("api-key");
        request.Headers.TryAddWithoutValidation("api-key", apiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
