using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Search;

/// <summary>
/// A Kazakh word written in the Latin alphabet of 2018 (acute letters: á, ǵ, ń, ó, ú, ý) is found by the same word in
/// Cyrillic, as one in the alphabet of 2021 already was.
/// </summary>
public sealed class Latin2018KeyTests
{
    [Theory]
    [InlineData("memorandýmǵa", "меморандумға")]
    [InlineData("Májilisi", "Мәжілісі")]
    [InlineData("arasyndaǵy", "арасындағы")]
    [InlineData("týraly", "туралы")]
    [InlineData("kúnderi", "күндері")]
    [InlineData("aıdyń", "айдың")]
    public void A_2018_Latin_word_carries_the_key_of_its_Cyrillic_spelling(string latin, string cyrillic) =>
        TermAnalyzer.WordKeys(latin).ShouldContain(TermAnalyzer.WordKeys(cyrillic).First());
}
