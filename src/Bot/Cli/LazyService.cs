using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli;

/// <summary>A service resolved when first used, so a verb can be listed and parsed in a run that does not compose its parts.</summary>
internal sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>) where T : notnull;
