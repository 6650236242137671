using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Bot.Llm.Hosting;

/// <summary>
/// Builds the Semantic Kernel for one store: the OpenAI chat-completion connector over the "llm" HTTP pipeline, with
/// that store's call budget in front of it. The kernel has no plugins; each answer adds its own knowledge tools.
/// </summary>
public sealed class LlmKernelFactory(IHttpMessageHandlerFactory handlers, IOptions<LlmOptions> options)
{
    public Kernel Create(CallBudget budget)
    {
        var o = options.Value;
        HttpMessageHandler pipeline = handlers.CreateHandler(LlmHttp.ClientName);
        var provider = LlmProviders.Normalize(o.Provider);
        if (provider == LlmProviders.AzureOpenAI) pipeline = new AzureKeyHandler(o.ApiKey) { InnerHandler = pipeline };
        // The factory owns the pipeline's lifetime; this client must not dispose it.
        var http = new HttpClient(new BudgetHandler(budget) { InnerHandler = pipeline }, disposeHandler: false)
        {
            // A backstop only: the resilience pipeline and the answer's own deadline end a request first.
            Timeout = o.Timeout + TimeSpan.FromSeconds(5),
        };
        // A local server needs no key, but the OpenAI client insists on one.
        var key = o.ApiKey.Length > 0 ? o.ApiKey : "unused";
        var builder = Kernel.CreateBuilder();
        if (provider == LlmProviders.OpenAI && o.Endpoint.Length == 0)
            builder.AddOpenAIChatCompletion(o.Model, key, httpClient: http);
        else
            builder.AddOpenAIChatCompletion(o.Model, new Uri(o.Endpoint), key, httpClient: http);
        return builder.Build();
    }
}
