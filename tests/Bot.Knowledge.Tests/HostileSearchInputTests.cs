using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests;

/// <summary>Whatever a user types, search answers with passages or with nothing; it never throws and never runs the text as FTS or SQL syntax.</summary>
public sealed class HostileSearchInputTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    PassageSearch Search => fixture.Store.Passages;

    public static TheoryData<string> HostileTexts => new()
    {
        "\"Astana",
        "Astana\"",
        "\"\"\"",
        "Astana AND Sofia",
        "AND OR NOT",
        "NEAR(Astana Sofia, 2)",
        "NEAR(",
        "Astana*",
        "*",
        "^Astana",
        "terms:Astana",
        "passage_fts:Astana",
        "{terms}: Sofia",
        "'; DROP TABLE passages; --",
        "Astana\" OR 1=1 --",
        "') UNION SELECT sql FROM sqlite_master --",
        "\0\u0001\u001f",
        "-Astana +Sofia",
        "(((((Astana",
        "🇰🇿🇧🇬 товарооборот?!",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_through_the_term_analyzer_never_throws(string text) =>
        Should.NotThrow(() => Search.Search(TermAnalyzer.Keys(text), 10));

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_passed_as_a_raw_key_never_throws(string text) =>
        Should.NotThrow(() => Search.Search([text], 10));

    [Theory]
    [InlineData("Astana AND")]
    [InlineData("NEAR(Astana")]
    [InlineData("Astana*")]
    [InlineData("terms:Astana")]
    [InlineData("\"Astana\" OR 1=1 --")]
    public void A_real_word_inside_operator_syntax_is_still_found(string text)
    {
        var hits = Search.Search(TermAnalyzer.Keys(text), 10);

        hits.ShouldContain(p => p.Text.Contains("Astana", StringComparison.Ordinal));
    }

    [Fact]
    public void Sql_in_a_query_does_not_touch_the_store()
    {
        var before = Search.PassageCount();

        Search.Search(TermAnalyzer.Keys("'; DROP TABLE passages; --"), 10);
        Search.Search(["'); DELETE FROM passages; --"], 10);

        Search.PassageCount().ShouldBe(before);
        before.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void A_ten_thousand_character_word_never_throws()
    {
        var word = new string('я', 10_000);

        Should.NotThrow(() => Search.Search(TermAnalyzer.Keys(word), 10));
        Should.NotThrow(() => Search.Search([word], 10));
    }

    [Fact]
    public void Ten_thousand_characters_of_distinct_words_and_operators_never_throw()
    {
        var tokens = Enumerable.Range(0, 2_000).Select(i => (i % 7 == 0 ? "AND NEAR( \"" : "") + "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + (i % 5 == 0 ? "* :" : ""));
        var text = string.Join(' ', tokens)[..10_000];

        var keys = TermAnalyzer.Keys(text).ToList();

        keys.Count.ShouldBeGreaterThan(500);
        Should.NotThrow(() => Search.Search(keys, 10));
        Should.NotThrow(() => Search.DocumentFrequencies(keys));
    }

    [Fact]
    public void Ten_thousand_distinct_numbers_as_keys_never_throw()
    {
        var keys = Enumerable.Range(0, 10_000).Select(i => (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Should.NotThrow(() => Search.Search(keys, 10));
        Should.NotThrow(() => Search.DocumentFrequencies(keys));
    }

    [Fact]
    public void Only_punctuation_finds_nothing_rather_than_everything()
    {
        Search.Search(TermAnalyzer.Keys("\"*:()^-+'; --"), 10).ShouldBeEmpty();
    }
}
