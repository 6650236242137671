using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>A given name that begins like someone's surname is not that person; the surname's case forms still are.</summary>
public sealed class NameFormTests
{
    static readonly EntityIndex Index = new([
        new Entity("person:yerlanov", "person", "Daniyar Yerlanov", "KZ", "consul", ["Yerlanov", "Ерланов", "Данияр Ерланов"]),
    ]);

    [Theory]
    [InlineData("Ерлан Сейткали встретился с консулом.")]
    [InlineData("Consul Yerlan Seitkali opened the exhibition.")]
    [InlineData("Ерлан Сейтқали көрмені ашты.")]
    public void A_given_name_is_not_a_longer_surname_that_begins_with_it(string text) =>
        Index.FindSpans(text).ShouldNotContain(s => s.Entity.Id == "person:yerlanov");

    [Theory]
    [InlineData("Консул Ерланов открыл выставку.")]
    [InlineData("Выставку открыл консул Ерлановым приглашённый гость.")]
    [InlineData("Консул Ерлановпен кездесу өтті.")]
    [InlineData("Consul Yerlanov opened the exhibition.")]
    public void The_surname_in_any_case_form_and_script_is_still_the_person(string text) =>
        Index.FindSpans(text).ShouldContain(s => s.Entity.Id == "person:yerlanov");
}
