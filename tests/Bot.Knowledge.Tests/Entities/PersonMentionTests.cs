using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A surname's key inside a company's name is no mention of the person: "DorbaiWine LLP" and "TurkulFoods Group" hold the
/// cut keys of Dorbaiov and Turkulov, and a question about the company was narrowed to those people's agreements.
/// </summary>
public sealed class PersonMentionTests
{
    static readonly EntityIndex Index = new(
    [
        new Entity("person:dorbaiov", "person", "Marat Dorbaiov", "KZ", null, ["Dorbaiov", "Дорбаиов", "Марат Дорбаиов"]),
        new Entity("person:turkulov", "person", "Todor Turkulov", "BG", null, ["Turkulov", "Туркулов", "Тодор Туркулов"]),
        new Entity("org:varna-port", "institution", "Port of Varna", "BG", null, ["Пристанище Варна"]),
    ]);

    static List<string> People(string text) =>
        [.. PersonMentions.Keep(text, Index.FindIn(text)).Where(m => m.Entity.Type == "person").Select(m => m.Entity.Id)];

    [Theory]
    [InlineData("What did DorbaiWine LLP Worldwide sign with the Port of Rotterdam?")]
    [InlineData("What did Dorbai Wine LLP sign with the Port of Varna?")]
    [InlineData("Какво подписа TurkulFoods Group Worldwide с пристанище Ротердам?")]
    [InlineData("Какой контракт подписало ТОО Дорбаиов Вайн с портом Варна?")]
    [InlineData("Что подписала компания «Туркулов и партнёры» в Варне?")]
    [InlineData("Қандай келісімге Dorbaiov Trade ЖШС қол қойды?")]
    [InlineData("What did Dorbai sign in Varna?")]
    public void A_company_or_brand_holding_a_surname_names_no_person(string text) => People(text).ShouldBeEmpty();

    [Theory]
    [InlineData("What did Dorbaiov sign with the Port of Varna?", "person:dorbaiov")]
    [InlineData("Что подписал Марат Дорбаиов в Варне?", "person:dorbaiov")]
    [InlineData("С кем встречался Дорбаиова в Варне?", "person:dorbaiov")]
    [InlineData("Какво подписа Туркулов с пристанище Варна?", "person:turkulov")]
    [InlineData("Туркуловпен кім кездесті?", "person:turkulov")]
    [InlineData("Which agreements did Turkulov and DorbaiWine LLP sign?", "person:turkulov")]
    public void A_person_written_as_a_name_is_still_found(string text, string id) => People(text).ShouldBe([id]);

    [Fact]
    public void Matches_without_a_person_are_kept_as_they_are()
    {
        var matches = Index.FindIn("the Port of Varna");

        PersonMentions.Keep("the Port of Varna", matches).ShouldBeSameAs(matches);
    }
}
