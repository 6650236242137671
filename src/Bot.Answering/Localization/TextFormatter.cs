using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Answering.Localization;

/// <summary>
/// Fills a text's placeholders: "{0:plural:месяц|месяца|месяцев|месяца}" picks the word form for argument 0 by
/// <see cref="PluralRules"/>; any other format is the invariant one. A dot that ends an abbreviation also ends the
/// sentence ("… в 2024 г." rather than "г.."), as typography in all four languages has it.
/// </summary>
public sealed partial class TextFormatter(string lang) : IFormatProvider, ICustomFormatter
{
    const string Plural = "plural:";

    [GeneratedRegex(@"(?<=[^.]\.)\.(?!\.)")] private static partial Regex SecondDot();

    public static string Format(string lang, string template, object[] args) =>
        SecondDot().Replace(args.Length == 0 ? template : string.Format(new TextFormatter(lang), template, args), "");

    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        if (format is not null && format.StartsWith(Plural, StringComparison.Ordinal))
            return PluralRules.Pick(lang, arg, format[Plural.Length..].Split('|'));
        return arg switch
        {
            IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
            null => "",
            _ => arg.ToString() ?? "",
        };
    }
}
