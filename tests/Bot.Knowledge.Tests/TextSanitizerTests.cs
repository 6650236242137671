using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests;

/// <summary>Characters that crash normalization or change how text reads are removed; ordinary text is untouched.</summary>
public sealed class TextSanitizerTests
{
    // Not [InlineData]: the test runner re-encodes theory data as UTF-8, which would turn these into U+FFFD before the test sees them.
    static readonly (string Input, string Expected)[] Hostile =
    [
        ("trade\uFFFE turnover", "trade turnover"),
        ("trade\uFFFF turnover", "trade turnover"),
        ("trade\uFDD0 turnover", "trade turnover"),
        ("trade\uD800 turnover", "trade turnover"),
        ("trade\uDC00 turnover", "trade turnover"),
        ("trade turnover\uD800", "trade turnover"),
        ("trade\u0000\u0007\u001B turnover", "trade turnover"),
        ("trade\u0085\u009F turnover", "trade turnover"),
        ("\u202Eroverunt\u202C trade", "roverunt trade"),
        ("a\u2066b\u2069c\u200Fd", "abcd"),
        ("x\uD83F\uDFFEy", "xy"),
    ];

    [Fact]
    public void Noncharacters_lone_surrogates_controls_and_bidi_overrides_are_removed()
    {
        foreach (var (input, expected) in Hostile)
            TextSanitizer.Clean(input).ShouldBe(expected, $"input U+{string.Join(" U+", input.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Theory]
    [InlineData("Товарооборот — 375,2 млн $\n\tҚазақстан «Болгария»")]
    [InlineData("emoji 🇰🇿🇧🇬 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 stay")]
    [InlineData("line one\r\nline two")]
    public void Ordinary_text_in_any_script_is_returned_unchanged(string text) =>
        TextSanitizer.Clean(text).ShouldBeSameAs(text);

    [Fact]
    public void A_cleaned_string_can_be_normalized()
    {
        var cleaned = TextSanitizer.Clean("Товарооборот\uFFFE\uD800 2024");

        Should.NotThrow(() => TextNormalizer.Fold(cleaned));
    }
}
