using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// Kazakh written in the Latin alphabet of 2021 ("2023 jylğy 18 qyrküiekte", "Qazaqstannyñ") is the same language as
/// Kazakh in Cyrillic: its words are found by their Cyrillic spelling, its dates are read and its texts are told Kazakh.
/// </summary>
public sealed class KazakhLatinTests
{
    static string Key(string word) => Stemmer.Stem(TextNormalizer.Fold(word));

    [Theory]
    [InlineData("kölıgı", "көлігі")]
    [InlineData("Qazaqstannyñ", "Қазақстанның")]
    [InlineData("ūiymdastyrdy", "ұйымдастырды")]
    [InlineData("törağasy", "төрағасы")]
    [InlineData("Almatydağy", "Алматыдағы")]
    public void A_Kazakh_Latin_word_is_also_indexed_under_its_Cyrillic_spelling(string latin, string cyrillic) =>
        TermAnalyzer.WordKeys(latin).ShouldContain(Key(cyrillic));

    [Theory]
    [InlineData("question")]
    [InlineData("chairman")]
    [InlineData("Quality")]
    public void An_English_word_gets_no_Cyrillic_key(string word) =>
        TermAnalyzer.WordKeys(word).ShouldNotContain(k => TextNormalizer.IsCyrillic(k));

    [Theory]
    [InlineData("Bolgariia mädenietı künderı Almatyda aşyldy. Keşke 12 bolgar änşısı qatysty.", "kk")]
    [InlineData("President Erdoğan met the Bulgarian delegation in Ankara on Monday.", "en")]
    [InlineData("The forum in Sofia brought together companies from both countries.", "en")]
    public void A_Latin_text_is_Kazakh_when_it_writes_the_letters_of_the_Kazakh_alphabet(string text, string expected) =>
        LanguageGuess.Of(text).ShouldBe(expected);

    [Theory]
    [InlineData("2023 jylğy 18 qyrküiekte Almatyda Bolgariia mädenietı künderı bastaldy.", "2023-09-18")]
    [InlineData("Forum 2025 jylğy 3 mausymda Sofiiada ötedı.", "2025-06-03")]
    public void A_Kazakh_Latin_date_is_read_to_the_day(string sentence, string expected) =>
        DateFinder.Find(sentence, new PartialDate(2026, 1, 1)).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);
}
