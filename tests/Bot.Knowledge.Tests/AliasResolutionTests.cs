using Bot.Knowledge.Entities;

namespace Bot.Knowledge.Tests;

/// <summary>A name finds its entity whatever the script or spelling, and a common word never passes for a name.</summary>
public sealed class AliasResolutionTests
{
    static readonly EntityIndex Index = KbEntities.Index();

    [Theory]
    [InlineData("Tokayev", "tokayev")]
    [InlineData("Tokaev", "tokayev")]
    [InlineData("Токаев", "tokayev")]
    [InlineData("Тоқаев", "tokayev")]
    [InlineData("Kassym-Jomart", "tokayev")]
    [InlineData("Kasym-Zhomart", "tokayev")]
    [InlineData("Radev", "radev")]
    [InlineData("Радев", "radev")]
    [InlineData("Radeva", "radev")]
    [InlineData("Radaev", "radev")]
    [InlineData("Astana", "astana")]
    [InlineData("Астана", "astana")]
    [InlineData("Nur-Sultan", "astana")]
    [InlineData("Sofia", "sofia")]
    [InlineData("София", "sofia")]
    [InlineData("Shymkent", "shymkent")]
    [InlineData("Шымкент", "shymkent")]
    [InlineData("Plovdiv", "plovdiv")]
    [InlineData("Пловдив", "plovdiv")]
    public void A_spelling_in_any_script_resolves_to_its_entity(string name, string expectedId)
    {
        var entity = Index.Resolve(name);

        entity.ShouldNotBeNull($"'{name}' resolved to nothing");
        entity.Id.ShouldBe(expectedId);
    }

    [Theory]
    [InlineData("Ministry of Transport of the Republic of Kazakhstan", "kz-ministry-of-transport")]
    [InlineData("Министерство транспорта Республики Казахстан", "kz-ministry-of-transport")]
    [InlineData("Болгарская торгово-промышленная палата", "bg-chamber-of-commerce-and-industry")]
    [InlineData("Bulgarian Chamber of Commerce and Industry", "bg-chamber-of-commerce-and-industry")]
    [InlineData("Ministry of Transport and Communications of the Republic of Bulgaria", "bg-ministry-of-transport-and-communications")]
    public void An_institution_resolves_to_itself_not_to_the_country_in_its_name(string name, string expectedId)
    {
        var entity = Index.Resolve(name);

        entity.ShouldNotBeNull($"'{name}' resolved to nothing");
        entity.Id.ShouldBe(expectedId);
    }

    [Fact]
    public void An_unknown_name_resolves_to_nothing() =>
        Index.Resolve("Zzyzx Qwerty").ShouldBeNull();

    [Theory]
    [InlineData("Я рад")]
    [InlineData("Я очень рад вас видеть")]
    [InlineData("Рада знакомству")]
    public void Glad_in_Russian_is_not_Radev(string text) =>
        Index.FindIn(text).Select(m => m.Entity.Id).ShouldNotContain("radev");

    [Fact]
    public void A_Russian_sentence_finds_inflected_names_of_people_and_places()
    {
        var ids = Index.FindIn("Президент Токаев встретился с Радевым в Астане").Select(m => m.Entity.Id).ToList();

        ids.ShouldContain("tokayev");
        ids.ShouldContain("radev");
        ids.ShouldContain("astana");
    }

    [Fact]
    public void A_Bulgarian_sentence_finds_the_president_and_both_cities()
    {
        var ids = Index.FindIn("Президентът Румен Радев посети Астана и Шымкент").Select(m => m.Entity.Id).ToList();

        ids.ShouldContain("radev");
        ids.ShouldContain("astana");
        ids.ShouldContain("shymkent");
    }

    [Fact]
    public void The_longer_institution_name_wins_over_the_country_inside_it()
    {
        var ids = Index.FindIn("the Bulgarian Chamber of Commerce and Industry signed").Select(m => m.Entity.Id).ToList();

        ids.ShouldContain("bg-chamber-of-commerce-and-industry");
        ids.ShouldNotContain("bulgaria");
    }
}
