using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge.Settings;

/// <summary>
/// Checks a settings object against the validation attributes of its properties, nested settings and lists of them
/// included. Each failure is one line that names the configuration key ("Alerts:GlobalPerSecond must be between 1 and
/// 1000 (got 0)"), not the C# class, because the key is what the operator can find and fix.
/// </summary>
public sealed class AnnotatedSettingsValidator<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Check(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    static void Check(object settings, string prefix, List<string> failures)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(settings);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                var context = new ValidationContext(settings) { MemberName = property.Name, DisplayName = key };
                if (attribute.GetValidationResult(value, context) is { } result && result != ValidationResult.Success)
                    failures.Add(Message(attribute.FormatErrorMessage(key)) + Shown(value));
            }
            if (value is null || !IsSettings(property.PropertyType)) continue;
            if (value is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                    if (item is not null) Check(item, $"{key}:{i++}", failures);
            }
            else Check(value, key, failures);
        }
    }

    /// <summary>A nested settings object (or a list of them) of this application, as opposed to a value.</summary>
    static bool IsSettings(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : type;
        return element.IsClass && element != typeof(string) && element.Namespace?.StartsWith("Bot", StringComparison.Ordinal) == true;
    }

    /// <summary>"The field Alerts:GlobalPerSecond must be…" reads better as "Alerts:GlobalPerSecond must be…".</summary>
    static string Message(string text)
    {
        const string prefix = "The field ";
        return (text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text).TrimEnd('.');
    }

    /// <summary>The rejected number or duration; never a text, which may be a secret.</summary>
    static string Shown(object? value) => value is IFormattable f ? $" (got {f.ToString(null, CultureInfo.InvariantCulture)})" : "";
}
