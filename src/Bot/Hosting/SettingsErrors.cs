using System.Text.RegularExpressions;
using Bot.Knowledge.Settings;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>
/// A bad setting found when the host starts, as the lines an operator reads: one per problem, each naming the key as
/// it is written in appsettings.json ("Alerts:GlobalPerSecond"), never the C# class.
/// </summary>
public static partial class SettingsErrors
{
    // The configuration binder's words for a value it cannot convert; the key is all we need from it.
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    /// <returns>The lines to print, or null when <paramref name="e"/> is not about settings.</returns>
    public static IReadOnlyList<string>? Describe(Exception e) => e switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many when many.InnerExceptions.All(x => Describe(x) is not null) => [.. many.InnerExceptions.SelectMany(x => Describe(x)!)],
        InvalidOperationException { InnerException: not null } bind when ConversionFailure().Match(bind.Message) is { Success: true } m =>
            [$"{m.Groups["key"].Value} must be {SettingValues.Expected(m.Groups["type"].Value)} (got '{m.Groups["value"].Value}')"],
        _ => null,
    };
}
