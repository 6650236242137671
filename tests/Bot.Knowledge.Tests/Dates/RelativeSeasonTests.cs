using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "Last spring" in an item of June 2025 is spring 2024 (the spring just past is "this spring"), "the autumn before last"
/// two years back; "at the start of the month" is the item's month.
/// </summary>
public sealed class RelativeSeasonTests
{
    static readonly PartialDate June20 = new(2025, 6, 20);

    [Theory]
    [InlineData("The bust was unveiled last spring.", "2024")]
    [InlineData("Бюстът беше открит миналата есен.", "2024")]
    [InlineData("Бюст өткен көктемде ашылды.", "2024")]
    [InlineData("Бюст былтыр көктемде ашылды.", "2024")]
    [InlineData("The bust was unveiled the autumn before last.", "2023")]
    [InlineData("Бюст открыли позапрошлой весной.", "2023")]
    [InlineData("Бюстът беше открит по-миналата есен.", "2023")]
    public void A_past_season_is_of_the_year_before_the_items_or_the_one_before_that(string sentence, string expected) =>
        DateFinder.Find(sentence, June20).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Делегация прибыла в начале месяца.")]
    [InlineData("Делегацията пристигна в началото на месеца.")]
    [InlineData("The delegation arrived at the start of the month.")]
    [InlineData("Делегация ай басында келді.")]
    public void The_start_of_the_month_is_the_items_month(string sentence) =>
        DateFinder.Find(sentence, June20).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06");
}
