using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "This autumn" is the season of the item's own year, and a day written against "last month" ("өткен айдың 26-сында",
/// "26-го числа прошлого месяца") is that day of the month before the item's, in every language; a number beside
/// "last month" with no day's ending counts something else.
/// </summary>
public sealed class SeasonAndDayOfMonthTests
{
    static readonly PartialDate July2014 = new(2014, 7, 22);
    static readonly PartialDate May2023 = new(2023, 5, 10);

    [Theory]
    [InlineData("A visit of the foreign minister to Bulgaria is planned for this autumn.")]
    [InlineData("Визит министра в Болгарию запланирован этой осенью.")]
    [InlineData("Посещението на министъра в България е планирано за тази есен.")]
    [InlineData("Министрдің Болгарияға сапары осы күзде жоспарланып отыр.")]
    public void This_season_is_of_the_items_year(string sentence) =>
        DateFinder.Find(sentence, July2014).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(2014));

    [Theory]
    [InlineData("Еске сала кетейік, өткен айдың 26-сында Қазақ-болгар бизнес-форумы өтті.")]
    [InlineData("Казахстанско-болгарский бизнес-форум прошёл 26-го числа прошлого месяца.")]
    [InlineData("Казахстанско-българският бизнес форум се проведе на 26-и миналия месец.")]
    [InlineData("The Kazakh-Bulgarian business forum took place on the 26th of last month.")]
    public void A_day_of_last_month_is_that_day_of_the_month_before(string sentence) =>
        DateFinder.Find(sentence, May2023).ShouldHaveSingleItem().Start.ToString().ShouldBe("2023-04-26");

    [Fact]
    public void A_number_beside_last_month_without_a_days_ending_is_no_day() =>
        DateFinder.Find("Өткен айдың 26 келісімі жасалды.", May2023).ShouldAllBe(d => d.Start.Day == null);
}
