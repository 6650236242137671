using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// An index that was built and let go of what only adding needs can still be taught names: what it held stays findable,
/// and the new names are found in every script, once.
/// </summary>
public sealed class IndexTeachingTests
{
    static Entity Yerlanov() => new("person:yerlanov", "person", "Daniyar Yerlanov", "KZ", "consul", ["Yerlanov", "Ерланов"]);

    [Fact]
    public void A_person_taught_to_a_built_index_is_found_beside_the_names_it_held()
    {
        var index = new EntityIndex([Yerlanov()]);

        index.Add(new Entity("person:nurlanov", "person", "Aidar Nurlanov", "KZ", null, ["Nurlanov", "Нурланов"]));

        var spans = index.FindSpans("Консул Ерланов встретился с Нурлановым, and Nurlanov thanked Yerlanov.");
        spans.Select(s => s.Entity.Id).ShouldBe(["person:yerlanov", "person:nurlanov", "person:nurlanov", "person:yerlanov"]);
    }

    [Fact]
    public void A_person_completed_with_another_spelling_after_the_build_is_found_as_the_completed_record_once_per_mention()
    {
        var index = new EntityIndex([Yerlanov()]);
        var completed = Yerlanov() with { Aliases = ["Yerlanov", "Ерланов", "Данияр Ерланов", "Erlanov"] };

        index.Add(completed);

        var spans = index.FindSpans("Данияр Ерланов and consul Erlanov");
        spans.Count.ShouldBe(2);
        spans.ShouldAllBe(s => ReferenceEquals(s.Entity, completed));
        spans[0].Length.ShouldBe("Данияр Ерланов".Length);
        index.FindIn("Daniyar Yerlanov").Single().Entity.ShouldBeSameAs(completed);
    }

    [Fact]
    public void After_a_person_is_completed_twice_people_taught_later_are_found_and_a_namesake_is_no_repeat_of_another()
    {
        // An entity's spellings are checked for repeats against its own entries only: a namesake with the same keys is
        // another entity and is indexed, a completed record's old spellings are not indexed twice.
        var index = new EntityIndex([Yerlanov()]).Copy();
        index.Add(Yerlanov() with { Aliases = ["Yerlanov", "Ерланов", "Erlanov"] });
        index.Add(Yerlanov() with { Aliases = ["Yerlanov", "Ерланов", "Erlanov", "Данияр Ерланов"] });
        index.Add(new Entity("person:nurlanov-1", "person", "Aidar Nurlanov", "KZ", null, ["Nurlanov", "Нурланов"]));
        index.Add(new Entity("person:nurlanov-2", "person", "Aidar Nurlanov", "BG", null, ["Nurlanov", "Нурланов"]));

        index.FindIn("Aidar Nurlanov").Select(m => m.Entity.Id).Order().ShouldBe(["person:nurlanov-1", "person:nurlanov-2"]);
        index.FindIn("Айдар Нурланов").Select(m => m.Entity.Id).Order().ShouldBe(["person:nurlanov-1", "person:nurlanov-2"]);
        var spans = index.FindSpans("Erlanov met Данияр Ерланов and Yerlanov");
        spans.Select(s => s.Entity.Id).ShouldBe(["person:yerlanov", "person:yerlanov", "person:yerlanov"]);
        spans[1].Length.ShouldBe("Данияр Ерланов".Length);
    }

    [Theory]
    [InlineData("Bulgarian Chamber of Commerce and Industry")]
    [InlineData("the Bulgarian Chamber of Commerce")]
    [InlineData("Sofia and Bulgaria")]
    [InlineData("Болгарии и Софии")]
    [InlineData("Aidar Nurlanov")]
    [InlineData("Нурланов")]
    [InlineData("Consul Yerlanov of Kazakhstan")]
    [InlineData("nothing the index knows")]
    [InlineData("")]
    public void Resolving_a_name_gives_the_first_entity_finding_it_lists(string name)
    {
        var index = new EntityIndex(
        [
            Yerlanov(),
            new Entity("country:bg", "country", "Bulgaria", "BG", null, ["България", "Болгария"]),
            new Entity("country:kz", "country", "Kazakhstan", "KZ", null, ["Казахстан"]),
            new Entity("city:sofia", "city", "Sofia", "BG", null, ["София"]),
            new Entity("org:bcci", "institution", "Bulgarian Chamber of Commerce and Industry", "BG", null, ["BCCI"]),
        ]).Copy();
        index.Add(new Entity("person:nurlanov-1", "person", "Aidar Nurlanov", "KZ", null, ["Nurlanov", "Нурланов"]));
        index.Add(new Entity("person:nurlanov-2", "person", "Aidar Nurlanov", "BG", null, ["Nurlanov", "Нурланов"]));

        var matches = index.FindIn(name);
        index.Resolve(name).ShouldBeSameAs(matches.Count == 0 ? null : matches[0].Entity);
    }

    [Fact]
    public void An_index_built_from_an_empty_store_can_be_taught_names()
    {
        var index = new EntityIndex([]);

        index.Add(Yerlanov());
        index.Add(new Entity("org:ministry", "institution", "Ministry of Transport", "KZ", null, ["Министерство транспорта"]));

        index.FindSpans("Ерланов at the Ministry of Transport").Select(s => s.Entity.Id).ShouldBe(["person:yerlanov", "org:ministry"]);
        index.Resolve("Министерства транспорта")!.Id.ShouldBe("org:ministry");
    }

    [Fact]
    public void A_copy_for_extraction_learns_without_changing_the_index_it_was_copied_from()
    {
        var index = new EntityIndex([Yerlanov()]);
        var copy = index.Copy();

        copy.Add(new Entity("person:nurlanov", "person", "Aidar Nurlanov", "KZ", null, ["Nurlanov"]));

        copy.Resolve("Nurlanov")!.Id.ShouldBe("person:nurlanov");
        index.Resolve("Nurlanov").ShouldBeNull();
        copy.Resolve("Ерланов")!.Id.ShouldBe("person:yerlanov");
    }

    [Fact]
    public void A_person_taught_after_a_text_was_read_is_found_when_the_same_words_are_read_again_and_another_index_keeps_its_own()
    {
        var index = new EntityIndex([Yerlanov()]);
        var text = Bot.Knowledge.Extraction.Vocabulary.TokenList.Of("Consul Yerlanov met Aidar Zhaksybekov in Astana.");
        index.FindSpans(text).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov"]);

        index.Add(new Entity("person:zhaksybekov", "person", "Aidar Zhaksybekov", "KZ", null, ["Zhaksybekov"]));

        index.FindSpans(text).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov", "person:zhaksybekov"]);
        new EntityIndex([new Entity("city:astana", "city", "Astana", "KZ", null, [])]).FindSpans(text).Select(s => s.Entity.Id).ShouldBe(["city:astana"]);
        index.FindSpans(text).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov", "person:zhaksybekov"]);
    }

    [Fact]
    public void A_word_read_before_its_name_was_taught_is_found_by_its_other_script_after_thousands_of_other_names_were_taught()
    {
        // A word that named nobody is not looked up again while other names are taught (learning from every document would
        // otherwise send each word back to the table), but a name taught later in either script is found at once.
        var index = new EntityIndex([Yerlanov()]);
        var cyrillic = Bot.Knowledge.Extraction.Vocabulary.TokenList.Of("Посол Жаксыбеков прибыл в Астану вместе с Ерлановым.");
        var latin = Bot.Knowledge.Extraction.Vocabulary.TokenList.Of("Ambassador Zhaksybekov arrived with Yerlanov.");
        index.FindSpans(cyrillic).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov"]);
        index.FindSpans(latin).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov"]);

        // Surnames that differ within the six letters a name key keeps: "Kabaaov", "Kbbaaov", …
        static string Surname(int n) => $"K{(char)('a' + n % 26)}{(char)('a' + n / 26 % 26)}{(char)('a' + n / 676 % 26)}ov";
        for (var n = 0; n < 3000; n++) index.Add(new Entity($"person:p{n}", "person", "Aidar " + Surname(n), null, null, [Surname(n)]));
        index.FindSpans(cyrillic).Select(s => s.Entity.Id).ShouldBe(["person:yerlanov"]);

        index.Add(new Entity("person:zhaksybekov", "person", "Zhaksybekov", "KZ", null, []));

        index.FindSpans(cyrillic).Select(s => s.Entity.Id).ShouldBe(["person:zhaksybekov", "person:yerlanov"]);
        index.FindSpans(latin).Select(s => s.Entity.Id).ShouldBe(["person:zhaksybekov", "person:yerlanov"]);
        index.FindSpans($"{Surname(2999)} and {Surname(7)} met Zhaksybekov.").Select(s => s.Entity.Id).ShouldBe(["person:p2999", "person:p7", "person:zhaksybekov"]);
    }
}
