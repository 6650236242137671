using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>A company's name before its legal form, in the Latin or Cyrillic letters a page writes it in, names no person.</summary>
public sealed class CompanyNameTests
{
    [Theory]
    [InlineData("en", "The Bulgarian company Arman Grain AD signed a supply contract in Almaty.")]
    [InlineData("en", "The logistics firm Nurlan Grain JShS opened an office in Varna.")]
    [InlineData("kk", "Келісімге Арман Грейн АҚ пен болгар тарапы қол қойды.")]
    [InlineData("bg", "Договорът беше подписан от Арман Грейн ЕАД и казахстанската страна.")]
    public void Capitalised_words_before_a_legal_form_are_a_company_not_a_person(string lang, string sentence) =>
        PersonFinder.Find(TokenList.Of(sentence), lang, [], new HashSet<string>()).ShouldBeEmpty();

    [Fact]
    public void A_person_named_beside_a_company_is_still_found()
    {
        var people = PersonFinder.Find(TokenList.Of("Director Ivan Petrov of Arman Grain AD met Minister Serik Zhumangarin."), "en", [], new HashSet<string>());

        people.Select(p => p.WrittenSurname).ShouldBe(["Petrov", "Zhumangarin"]);
    }
}
