using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;

namespace Bot.Knowledge.Tests;

/// <summary>
/// Readers of figures, years and directions on texts that repeat one thing thousands of times: every repetition is
/// still found, and a cue reads its direction from the words near it, not from the whole text.
/// </summary>
public sealed class LongTextReadingTests
{
    [Fact]
    public void Every_amount_of_a_text_of_thousands_of_amounts_is_found_once()
    {
        var text = string.Join(" ", Enumerable.Repeat("$1 million,", 5_000));

        MoneyFinder.Find(text).Count.ShouldBe(5_000);
    }

    [Fact]
    public void Every_year_of_a_text_of_thousands_of_years_is_a_period_once()
    {
        var text = string.Join(" ", Enumerable.Repeat("in 2024", 5_000));

        PeriodFinder.Find(text, null).Count.ShouldBe(5_000);
    }

    [Fact]
    public void A_country_named_far_beyond_the_cue_does_not_decide_its_direction()
    {
        var catalog = MetricCatalog.Default;
        var far = "exports " + string.Concat(Enumerable.Repeat("and so on ", 100)) + "to Kazakhstan";

        Direction(catalog, "exports to Kazakhstan").ShouldBe(MetricDefinition.BulgariaToKazakhstan);
        Direction(catalog, far).ShouldBe(Direction(catalog, "exports"), "a country a thousand characters away does not vote");
    }

    static string? Direction(MetricCatalog catalog, string text)
    {
        var cue = catalog.FindInText(text).First(m => m.Family.IsDirectional);
        return DirectionReader.Read(text, cue, 0, text.Length, catalog.Countries);
    }
}
