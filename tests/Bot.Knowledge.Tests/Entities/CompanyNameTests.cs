using Bot.Knowledge.Entities;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A company's own name is read by its shape, in any of the four languages: the capitalised words before its legal form or
/// company head, after a legal form written first, or a CamelCase brand; and it is found again word after word, whatever
/// legal form another text gives it.
/// </summary>
public sealed class CompanyNameTests
{
    static List<string> Names(string text) => [.. CompanyNames.ProperWords(text).Select(words => string.Join(' ', words))];

    [Theory]
    [InlineData("What did Dorbai Wine LLP sign with the Port of Rotterdam?", "dorbai wine")]
    [InlineData("What did DorbaiWine Group sign?", "dorbai wine")]
    [InlineData("Какой контракт подписала Alty Mining AD Worldwide с портом Роттердам?", "alty mining worldwide")]
    [InlineData("Какво подписа Linlav Trade Corporation с пристанище Варна?", "linlav trade")]
    [InlineData("Какой меморандум подписало ТОО «Дорбай Вайн»?", "дорбай вайн")]
    [InlineData("Что подписали Kaspi Chem Group Kazakhstan и порт Варна?", "kaspi chem")]
    [InlineData("Dorbai Wine LLP, Kaspi Chem JSC and the Port of Varna signed", "kaspi chem")]
    public void The_proper_words_of_a_company_name_are_read(string text, string expected) => Names(text).ShouldContain(expected);

    [Theory]
    [InlineData("What did the Ministry of Transport sign with the Port of Varna?")]
    [InlineData("Какво подписа Българската търговско-промишлена палата?")]
    [InlineData("Which agreements did the company sign in 2023?")]
    [InlineData("Did Radev sign the memorandum in Astana?")]
    [InlineData("How much was KazMunayGas ready to pay for the refinery?")]
    public void Institutions_people_and_common_words_are_no_company_name(string text) => Names(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Dorbai Wine LLP", "Dorbai Wine", true)]
    [InlineData("DorbaiWine Group", "Dorbai Wine", true)]
    [InlineData("Alty Mining JSC Worldwide", "Alty Mining Worldwide", true)]
    [InlineData("Alty Mining JSC", "Alty Mining Worldwide", false)]
    [InlineData("Dorbai Logistics LLP", "Dorbai Wine", false)]
    [InlineData("Wine Dorbai LLP", "Dorbai Wine", false)]
    [InlineData("DORBAIWINE signed", "Dorbai Wine", true)]
    public void A_name_is_found_again_word_after_word(string text, string name, bool found) =>
        CompanyNames.Names(text, [.. name.ToLowerInvariant().Split(' ')]).ShouldBe(found);
}
