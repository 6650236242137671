using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Search;

/// <summary>The search key of a word is the same in a question and in a document, whatever form either uses.</summary>
public sealed class SearchKeyTests
{
    static string Key(string word) => Stemmer.Stem(TextNormalizer.Fold(word));

    [Theory]
    [InlineData("Болгарией", "Болгария")]
    [InlineData("товарооборотом", "товарооборот")]
    [InlineData("меморандумов", "меморандум")]
    [InlineData("посещението", "посещение")]
    [InlineData("меморандуми", "меморандума")]
    [InlineData("Қазақстандағы", "Қазақстан")]
    [InlineData("құжатқа", "құжат")]
    [InlineData("investments", "investment")]
    [InlineData("exports", "export")]
    [InlineData("Радевым", "Радев")]
    [InlineData("Токаева", "Токаев")]
    [InlineData("Астане", "Астана")]
    public void Inflected_forms_share_one_key(string inflected, string plain) => Key(inflected).ShouldBe(Key(plain));

    [Fact]
    public void A_surname_is_not_read_as_a_shorter_common_word() => Key("Радев").ShouldNotBe(Key("рад"));

    [Fact]
    public void A_cyrillic_word_is_also_indexed_under_its_latin_spelling() =>
        TermAnalyzer.WordKeys("Пулев").ShouldContain(Key("Pulev"));
}
