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

    public void Dispose() => _temp.Dispose();
}
