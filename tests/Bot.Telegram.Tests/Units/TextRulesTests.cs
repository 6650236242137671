using System.Text.RegularExpressions;
using Bot.Answering.Localization;
using Bot.Telegram.Localization;

namespace Bot.Telegram.Tests.Units;

/// <summary>
/// Every text a user can see, rendered in each language with sample values, reads as a sentence: no placeholder
/// left over, no doubled dot or space, no space before a comma, and the word after a number in the number's form.
/// </summary>
public sealed partial class TextRulesTests
{
    [GeneratedRegex(@"\{(?<i>\d+)(?::(?<f>[^}]*))?\}")] private static partial Regex Placeholder();
    [GeneratedRegex(@"(?<!\.)\.\.(?!\.)")] private static partial Regex DoubleDot();
    [GeneratedRegex(@"\S  +\S| [,;.](?=\s|$)")] private static partial Regex BadSpacing();

    static readonly string[] Languages = ["en", "ru", "bg", "kk"];

    public static TheoryData<string, string> EveryText()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in BotTexts.Keys.Concat(Texts.Keys).Distinct())
            foreach (var lang in Languages) data.Add(key, lang);
        return data;
    }

    static string Template(string key, string lang) => BotTexts.Has(key) ? BotTexts.Get(lang, key) : Texts.Get(lang, key);

    static object Sample(string? format, int count) => format switch
    {
        "u" or "O" or "g" => new DateTimeOffset(2026, 12, 4, 5, 0, 0, TimeSpan.Zero),
        // A value that ends with an abbreviation's dot, as a period in Russian or Bulgarian does.
        null or "" => "2024 г.",
        _ => count,
    };

    [Theory]
    [MemberData(nameof(EveryText))]
    public void Every_text_renders_as_a_clean_sentence(string key, string lang)
    {
        var template = Template(key, lang);
        template.Trim().ShouldNotBeEmpty($"{key} has no {lang} text");
        var slots = Placeholder().Matches(template).Select(m => (Index: int.Parse(m.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture), Format: m.Groups["f"].Success ? m.Groups["f"].Value : null)).ToList();
        if (slots.Count == 0) return;
        foreach (var count in new[] { 1, 2, 5, 21 })
        {
            var args = Enumerable.Range(0, slots.Max(s => s.Index) + 1)
                .Select(i => Sample(slots.FirstOrDefault(s => s.Index == i).Format, count)).ToArray();
            var text = BotTexts.Has(key) ? BotTexts.Get(lang, key, args) : Texts.Get(lang, key, args);

            text.ShouldNotContain("{", customMessage: $"{key}/{lang}: {text}");
            DoubleDot().IsMatch(text).ShouldBeFalse($"{key}/{lang}: {text}");
            BadSpacing().IsMatch(text).ShouldBeFalse($"{key}/{lang}: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(EveryText))]
    public void Plural_words_list_every_form_the_language_has(string key, string lang)
    {
        var expected = lang == "ru" ? 4 : 2;
        foreach (Match m in Placeholder().Matches(Template(key, lang)))
            if (m.Groups["f"].Value.StartsWith("plural:", StringComparison.Ordinal))
                m.Groups["f"].Value["plural:".Length..].Split('|').Length.ShouldBe(lang == "kk" ? Math.Min(expected, m.Groups["f"].Value.Split('|').Length) : expected, $"{key}/{lang}");
    }

    [Theory]
    [InlineData("ru", 1, "первые 1 месяц")]
    [InlineData("ru", 2, "первые 2 месяца")]
    [InlineData("ru", 5, "первые 5 месяцев")]
    [InlineData("ru", 10, "первые 10 месяцев")]
    [InlineData("ru", 11, "первые 11 месяцев")]
    [InlineData("ru", 22, "первые 22 месяца")]
    [InlineData("bg", 1, "първите 1 месец")]
    [InlineData("bg", 10, "първите 10 месеца")]
    [InlineData("en", 10, "first 10 months")]
    [InlineData("kk", 10, "алғашқы 10 ай")]
    public void Counted_months_take_the_form_the_number_asks_for(string lang, int months, string expected)
    {
        Texts.Get(lang, "first_months", months).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ru", "3,9", "рост в 3,9 раза")]
    [InlineData("ru", "5", "рост в 5 раз")]
    [InlineData("ru", "4", "рост в 4 раза")]
    [InlineData("bg", "1", "ръст 1 път")]
    [InlineData("bg", "1,5", "ръст 1,5 пъти")]
    public void Fractions_and_numbers_written_as_text_pick_their_form_too(string lang, string factor, string expected)
    {
        Texts.Get(lang, "growth_factor_plain", factor).ShouldBe(expected);
    }

    [Fact]
    public void A_period_that_ends_a_sentence_keeps_one_dot()
    {
        BotTexts.Get("ru", "unsubscribed", "2024 г.").ShouldBe("Подписка отменена: 2024 г.");
    }
}
