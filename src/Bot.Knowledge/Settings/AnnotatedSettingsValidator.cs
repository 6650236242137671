using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Knowledge.Settings;

/// <summary>
/// Checks a settings object against the validation attributes of its properties, nested settings and lists of them
/// included, and checks that every item of a list of values was read (the configuration binder silently drops an item
/// it cannot convert, such as "bob" among user ids). Each failure is one line that names the configuration key
/// ("Alerts:GlobalPerSecond must be between 1 and 1000 (got 0)"), not the C# class: the key is what the operator can
/// find and fix.
/// </summary>
public sealed class AnnotatedSettingsValidator<T>(IConfigurationSection section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Check(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    static void Check(object settings, IConfigurationSection raw, List<string> failures)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead) continue;
            var key = $"{raw.Path}:{property.Name}";
            var value = property.GetValue(settings);
            var scalar = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsValue(scalar) && NotConverted(raw.GetSection(property.Name), scalar) is { } unread) failures.Add(unread);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                var context = new ValidationContext(settings) { MemberName = property.Name, DisplayName = key };
                if (attribute.GetValidationResult(value, context) is { } result && result != ValidationResult.Success)
                    failures.Add(Message(attribute.FormatErrorMessage(key)) + Shown(value));
            }
            if (value is null || value is string) continue;
            var element = ElementType(property.PropertyType);
            if (element is not null && IsValue(element)) CheckItemsRead(raw.GetSection(property.Name), element, failures);
            else if (value is IEnumerable items && element is not null && IsSettings(element))
            {
                // By the written items: one the binder dropped (a value it could not convert) is checked as written.
                var written = raw.GetSection(property.Name).GetChildren().ToList();
                var bound = items.Cast<object?>().ToList();
                for (var i = 0; i < written.Count; i++)
                    Check(bound.Count == written.Count && bound[i] is { } item ? item : Activator.CreateInstance(element)!, written[i], failures);
            }
            else if (IsSettings(property.PropertyType)) Check(value, raw.GetSection(property.Name), failures);
        }
    }

    static void CheckItemsRead(IConfigurationSection list, Type element, List<string> failures)
    {
        foreach (var item in list.GetChildren())
            if (NotConverted(item, element) is { } unread) failures.Add(unread);
    }

    /// <summary>The failure line when the raw text of <paramref name="raw"/> is not a <paramref name="type"/>, else null.</summary>
    static string? NotConverted(IConfigurationSection raw, Type type)
    {
        if (string.IsNullOrEmpty(raw.Value)) return null;
        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw.Value);
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            return $"{raw.Path} must be {SettingValues.Expected(type.FullName ?? type.Name)} (got '{raw.Value}')";
        }
    }

    static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType() : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : null;

    static bool IsValue(Type type) => type.IsPrimitive || type == typeof(decimal) || type == typeof(TimeSpan) || type.IsEnum || type == typeof(Guid);

    /// <summary>A nested settings object of this application, as opposed to a value.</summary>
    static bool IsSettings(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Bot", StringComparison.Ordinal) == true;

    /// <summary>"The field Alerts:GlobalPerSecond must be…" reads better as "Alerts:GlobalPerSecond must be…".</summary>
    static string Message(string text)
    {
        const string prefix = "The field ";
        return (text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text).TrimEnd('.');
    }

    /// <summary>The rejected number or duration; never a text, which may be a secret.</summary>
    static string Shown(object? value) => value is IFormattable f ? $" (got {f.ToString(null, CultureInfo.InvariantCulture)})" : "";
}
