using System.Globalization;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Text;

/// <summary>
/// The tokenizer answers "is this a letter?" without the Unicode tables for the scripts news is written in: its words must
/// still be exactly the runs of letters, digits and combining marks the tables give, for every character of every script.
/// </summary>
public sealed class TokenizerTests
{
    [Fact]
    public void Words_are_the_runs_of_letters_digits_and_inner_marks_the_unicode_tables_give_for_every_character()
    {
        // Every character of the Basic Multilingual Plane but the surrogates, each between two Latin letters and each
        // alone between spaces: a character that is no letter splits "a?b", a combining mark joins it.
        var chars = Enumerable.Range(1, 0xFFFF).Where(c => c is < 0xD800 or > 0xDFFF).Select(c => (char)c).ToList();
        var text = string.Concat(chars.Select(c => $"a{c}b {c} "));

        Tokenizer.Words(text).ShouldBe(Reference(text));
    }

    [Theory]
    [InlineData("Токаев и Радев подписаха", new[] { "Токаев", "и", "Радев", "подписаха" })]
    [InlineData("Қазақстан мен Болгария — 2026 ж.", new[] { "Қазақстан", "мен", "Болгария", "2026", "ж" })]
    [InlineData("Ёлка, ёж; Іле-Алатау", new[] { "Ёлка", "ёж", "Іле", "Алатау" })]
    [InlineData("Kassym-Jomart Tokayev's visit", new[] { "Kassym", "Jomart", "Tokayev", "s", "visit" })]
    public void Words_of_news_in_each_script(string text, string[] words) => Tokenizer.Words(text).ShouldBe(words);

    static List<string> Reference(string text)
    {
        var words = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            for (i++; i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark); i++) { }
            words.Add(text[start..i]);
        }
        return words;
    }
}
