using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// The entities answers are read with come back from the store as they were written — name, type, country, role and every
/// spelling — though the catalog keeps each record as small as it can (one string for a name that is also an alias, one
/// for each type and country, its aliases in an array of their own size).
/// </summary>
public sealed class EntityCatalogTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();

    [Fact]
    public void Entities_read_back_from_the_store_are_the_ones_written()
    {
        _temp.Store.Entities.Upsert([
            new Entity("person:aidar-nurlanov", "person", "Aidar Nurlanov", "KZ", "deputy minister of trade", ["Aidar Nurlanov", "Айдар Нурланов", "A. Nurlanov"]),
            new Entity("person:dana-nurlanova", "person", "Dana Nurlanova", "KZ", null, ["Нурланова"]),
            new Entity("person:ivan-petrov", "person", "Ivan Petrov", null, null, []),
        ]);

        var index = _temp.Store.Entities.Index();
        var aidar = index.Get("person:aidar-nurlanov").ShouldNotBeNull();
        (aidar.Name, aidar.Type, aidar.Country, aidar.Role).ShouldBe(("Aidar Nurlanov", "person", "KZ", "deputy minister of trade"));
        aidar.Aliases.ShouldBe(["Aidar Nurlanov", "Айдар Нурланов", "A. Nurlanov"], ignoreOrder: true);
        var dana = index.Get("person:dana-nurlanova").ShouldNotBeNull();
        (dana.Name, dana.Country, dana.Role).ShouldBe(("Dana Nurlanova", "KZ", (string?)null));
        dana.Aliases.ShouldBe(["Нурланова"]);
        var ivan = index.Get("person:ivan-petrov").ShouldNotBeNull();
        (ivan.Name, ivan.Country, ivan.Aliases.Count).ShouldBe(("Ivan Petrov", (string?)null, 0));

        index.Resolve("Айдара Нурланова").ShouldNotBeNull().Id.ShouldBe("person:aidar-nurlanov");
        index.Resolve("Ivan Petrov").ShouldNotBeNull().Id.ShouldBe("person:ivan-petrov");
    }

    [Fact]
    public void A_person_written_again_after_others_keeps_every_spelling_in_the_order_written_and_nobody_elses()
    {
        // Written again, a record and its spellings stand after every other entity's in the store's tables.
        _temp.Store.Entities.Upsert([
            new Entity("person:aidar-nurlanov", "person", "Aidar Nurlanov", "KZ", null, ["Aidar Nurlanov", "Айдар Нурланов"]),
            new Entity("person:ivan-petrov", "person", "Ivan Petrov", "BG", null, ["Ivan Petrov", "Иван Петров"]),
            new Entity("person:dana-nurlanova", "person", "Dana Nurlanova", "KZ", null, []),
        ]);
        _temp.Store.Entities.Upsert([
            new Entity("person:aidar-nurlanov", "person", "Aidar Nurlanov", "KZ", "deputy minister of trade", ["Aidar Nurlanov", "Айдар Нурланов", "Aydar Nurlanov"]),
        ]);

        var index = _temp.Store.Entities.Index();
        index.Get("person:aidar-nurlanov").ShouldNotBeNull().Aliases.ShouldBe(["Aidar Nurlanov", "Айдар Нурланов", "Aydar Nurlanov"]);
        index.Get("person:aidar-nurlanov")!.Role.ShouldBe("deputy minister of trade");
        index.Get("person:ivan-petrov").ShouldNotBeNull().Aliases.ShouldBe(["Ivan Petrov", "Иван Петров"]);
        index.Get("person:dana-nurlanova").ShouldNotBeNull().Aliases.ShouldBeEmpty();
        index.Resolve("Aydar Nurlanov").ShouldNotBeNull().Id.ShouldBe("person:aidar-nurlanov");
        index.Resolve("Ивана Петрова").ShouldNotBeNull().Id.ShouldBe("person:ivan-petrov");
        // The gazetteer's cities are read with too, and the stored people are all there once.
        index.Resolve("Sofia").ShouldNotBeNull().Type.ShouldBe("city");
        index.All.Count(e => e.Type == "person").ShouldBe(3);
    }

    public void Dispose() => _temp.Dispose();
}
