using Bot.Answering;
using Bot.Knowledge.Chats;
using Bot.Llm.Answering;
using Bot.Llm.Facts;
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
    /// The "Llm" settings (validated on start), the model's HTTP pipeline, and the LLM answerer behind
    /// <see cref="IQuestionAnswerer"/> when Llm:Provider is set and enabled — else the offline one. Needs the stores of
    /// <c>AddKnowledge()</c> and the offline answerer of <c>AddAnswering()</c>.
    /// </summary>
    public static IServiceCollection AddLlmAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        LlmHttp.Register(services);
        services.TryAddSingleton(sp => new PromptLibrary(() => sp.GetRequiredService<IOptions<LlmOptions>>().Value.ResolvedPromptsPath));
        services.TryAddSingleton<LlmKernelFactory>();
        services.TryAddSingleton(sp => new CallBudget(
            sp.GetRequiredService<Counters>(), sp.GetRequiredService<TimeProvider>(), () => sp.GetRequiredService<IOptionsMonitor<LlmOptions>>().CurrentValue.DailyCallBudget));
        services.TryAddSingleton<FactFinder>();
        services.TryAddSingleton<GroundedAnswerer>();
        services.TryAddSingleton<LlmQuestionAnswerer>();
        services.TryAddSingleton<QuestionAnswererFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<QuestionAnswererFactory>().Create());
        return services;
    }
}
