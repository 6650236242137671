using Bot.Answering;
using Bot.Knowledge;
using Bot.Llm.Answering;
using Bot.Llm.Hosting;
using Bot.Llm.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// The "Llm" settings (validated on start), the model's HTTP pipeline, and <see cref="QuestionAnswererFactory"/>.
    /// <see cref="IQuestionAnswerer"/> resolves to the LLM answerer when Llm:Provider is set and enabled, else to the
    /// offline one; it needs the host's <see cref="KnowledgeStore"/> and <see cref="OfflineAnswerer"/>.
    /// </summary>
    public static IServiceCollection AddLlmAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        LlmHttp.Register(services);
        services.TryAddSingleton(sp => new PromptLibrary(() => sp.GetRequiredService<IOptions<LlmOptions>>().Value.ResolvedPromptsPath));
        services.TryAddSingleton<LlmKernelFactory>();
        services.TryAddSingleton<QuestionAnswererFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<QuestionAnswererFactory>()
            .Create(sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<OfflineAnswerer>()));
        return services;
    }
}
