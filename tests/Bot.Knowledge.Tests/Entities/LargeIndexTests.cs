using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Entities;

/// <summary>
/// A store that has learned thousands of people (the bench corpus teaches 13,000): the index holds its entries and key
/// numbers in pieces, and every person is still found by name and where the name stands, the first, the last and those
/// at the seams between pieces alike — also after more are taught to an index that was built.
/// </summary>
public sealed class LargeIndexTests
{
    static readonly string[] Syllables = ["ba", "ke", "mi", "to", "du", "ra", "se", "lo", "nu", "pa", "ri", "go", "ve", "zu", "ha", "ji", "fo", "ly", "we", "ci", "bo", "tu", "ne", "ka"];
    static readonly string[] Given = ["Aidar", "Borislav", "Yerlan", "Desislava", "Nurlan"];

    // Distinct in their first six letters, the part of a name its key is made of.
    static string Surname(int i)
    {
        var surname = Syllables[i % 24] + Syllables[i / 24 % 24] + Syllables[i / 576 % 24] + "ntar";
        return char.ToUpperInvariant(surname[0]) + surname[1..];
    }

    // Names of two and three words, so the runs of key numbers an entry points to are of several lengths.
    static Entity Person(int i) =>
        new($"learned:person:{i}", "person", $"{Given[i % Given.Length]}{(i % 2 == 0 ? " Nurlanuly" : "")} {Surname(i)}", "KZ", null, [Surname(i)]);

    static IEnumerable<int> Sample(int count) => [0, 1, 2047, 2048, 2049, 4095, 4096, 8191, 8192, 8193, count / 2, count - 1];

    [Fact]
    public void Every_one_of_nine_thousand_people_is_found_by_name_and_where_the_name_stands()
    {
        const int count = 9_000;
        var index = new EntityIndex(Enumerable.Range(0, count).Select(Person));

        foreach (var i in Sample(count))
        {
            var name = Person(i).Name;
            index.FindIn($"Talks with {name} in Astana").Select(m => m.Entity.Id).ShouldContain(Person(i).Id);
            var spans = index.FindSpans($"Talks with {name} in Astana, and {Surname(i)} said so.");
            spans.Where(s => s.Entity.Id == Person(i).Id).Select(s => s.Length).ShouldBe([name.Length, Surname(i).Length]);
        }
    }

    [Fact]
    public void People_taught_to_a_built_index_of_thousands_are_found_beside_those_it_held()
    {
        const int held = 5_000, taught = 4_000;
        var index = new EntityIndex(Enumerable.Range(0, held).Select(Person));

        foreach (var i in Enumerable.Range(held, taught)) index.Add(Person(i));

        foreach (var i in Sample(held + taught).Append(held).Append(held - 1))
            index.FindSpans($"{Person(i).Name} arrived.").Select(s => s.Entity.Id).ShouldBe([Person(i).Id]);
    }
}
