using Bot.Knowledge.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// The offline answerer over the stores <c>AddKnowledge()</c> registers, and <see cref="IQuestionAnswerer"/> resolving
    /// to it unless another project (the LLM path) registers its own.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<AnsweringOptions>(configuration, AnsweringOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OfflineAnswerer>();
        services.TryAddSingleton<IQuestionAnswerer, OfflineQuestionAnswerer>();
        return services;
    }
}
