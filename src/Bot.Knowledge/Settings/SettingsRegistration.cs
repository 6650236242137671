using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge.Settings;

/// <summary>How every project registers a settings section: bound, and checked when the host starts.</summary>
public static class SettingsRegistration
{
    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/> and validates it at start: the data annotations on
    /// its properties (each failure naming its key as a user writes it, e.g. "Alerts:GlobalPerSecond"), plus any
    /// <see cref="IValidateOptions{T}"/> registered for cross-field rules. Registering the same section again changes
    /// nothing (binding twice would append every list item twice).
    /// </summary>
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class
    {
        if (services.Any(d => d.ServiceType == typeof(AnnotatedSettingsValidator<T>))) return services.AddOptions<T>();
        services.AddSingleton(new AnnotatedSettingsValidator<T>(configuration.GetSection(section)));
        services.AddSingleton<IValidateOptions<T>>(sp => sp.GetRequiredService<AnnotatedSettingsValidator<T>>());
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
