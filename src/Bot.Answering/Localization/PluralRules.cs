using System.Globalization;

namespace Bot.Answering.Localization;

/// <summary>
/// Which form of a word goes with a number, by the CLDR plural rules of each language (.NET has none to call):
/// Russian one|few|many|other ("1 месяц", "2 месяца", "5 месяцев", "1,5 месяца"); English, Bulgarian and Kazakh
/// one|other (Kazakh keeps the singular after any number, so its two forms are the same word).
/// </summary>
public static class PluralRules
{
    /// <summary>The form for <paramref name="number"/> among <paramref name="forms"/>, listed in the language's category order.</summary>
    public static string Pick(string lang, object? number, IReadOnlyList<string> forms)
    {
        var index = Category(lang, number);
        return forms[Math.Min(index, forms.Count - 1)];
    }

    /// <summary>0 = one, 1 = few / other, 2 = many, 3 = other (Russian).</summary>
    public static int Category(string lang, object? number)
    {
        var (whole, fractionDigits) = Read(lang, number);
        if (lang == "ru")
        {
            if (fractionDigits > 0) return 3;
            var (d, h) = (whole % 10, whole % 100);
            if (d == 1 && h != 11) return 0;
            if (d is >= 2 and <= 4 && h is < 12 or > 14) return 1;
            return 2;
        }
        return whole == 1 && fractionDigits == 0 ? 0 : 1;
    }

    /// <summary>
    /// The integer part and how many fraction digits are written, whether the number came as a number or as text in
    /// the language's own writing (<see cref="Formats.Number"/>: "1,250.5" in English, "1 250,5" in the others).
    /// </summary>
    static (long Whole, int FractionDigits) Read(string lang, object? number)
    {
        if (number is int or long or short or byte) return (Math.Abs(Convert.ToInt64(number, CultureInfo.InvariantCulture)), 0);
        var text = number switch
        {
            double or float or decimal => ((IFormattable)number).ToString("0.###", CultureInfo.InvariantCulture),
            _ => lang == "en" ? number?.ToString()?.Replace(",", "", StringComparison.Ordinal) ?? "" : number?.ToString()?.Replace(',', '.') ?? "",
        };
        var digits = new string(text.Where(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        var point = digits.IndexOf('.');
        var wholePart = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..].TrimEnd('0');
        return (long.TryParse(wholePart, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : 0, fraction.Length);
    }
}
