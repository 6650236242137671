using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>"Came on Wednesday" in a news item of Friday 12 July 2024 happened on 10 July, in any of the four languages.</summary>
public sealed class WeekdayDateTests
{
    static readonly PartialDate Friday = new(2024, 7, 12);

    [Theory]
    [InlineData("More than 20 companies came on Wednesday to the forum.", "2024-07-10")]
    [InlineData("Форум прошёл в среду в Софии.", "2024-07-10")]
    [InlineData("Форумът се проведе във вторник в София.", "2024-07-09")]
    [InlineData("Форум сәрсенбі күні Софияда өтті.", "2024-07-10")]
    [InlineData("The ministers met on Friday.", "2024-07-12")]
    [InlineData("The talks began last Saturday.", "2024-07-06")]
    public void A_weekday_is_the_latest_such_day_on_or_before_the_item_s_date(string sentence, string expected) =>
        DateFinder.Find(sentence, Friday).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Fact]
    public void A_weekday_that_only_names_something_is_no_date() =>
        DateFinder.Find("A Bulgarian Sunday school is to open in Astana.", Friday).ShouldBeEmpty();

    [Fact]
    public void An_undated_item_gives_a_weekday_no_date() =>
        DateFinder.Find("The forum was held on Wednesday.", null).ShouldBeEmpty();

    [Theory]
    [InlineData("Осы аптаның бейсенбісінде делегация Варнаға барды.", "2024-07-11")]
    [InlineData("Делегация осы аптаның дүйсенбісінде келді.", "2024-07-08")]
    [InlineData("Министр в этот понедельник посетил порт.", "2024-07-08")]
    [InlineData("Министърът посети пристанището във вторник тази седмица.", "2024-07-09")]
    [InlineData("The delegation arrived on Tuesday last week.", "2024-07-02")]
    [InlineData("В четверг на прошлой неделе стороны подписали протокол.", "2024-07-04")]
    [InlineData("Келесі аптаның сейсенбісінде комиссия жиналады.", "2024-07-16")]
    [InlineData("The commission will meet next Thursday.", "2024-07-18")]
    [InlineData("Следващата сряда комисията ще заседава.", "2024-07-17")]
    public void A_weekday_of_this_last_or_next_week_is_that_day_of_the_week_named(string sentence, string expected) =>
        DateFinder.Find(sentence, Friday).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("Конвенцию подписали в Варне 21 октября прошлого года.", "2023-10-21")]
    [InlineData("The treaty was signed on 3 May last year.", "2023-05-03")]
    [InlineData("Договорът беше подписан на 2 февруари миналата година.", "2023-02-02")]
    [InlineData("Келісімге былтыр 8 наурызда қол қойылды.", "2023-03-08")]
    public void A_day_and_month_with_a_relative_year_keep_the_day_in_that_year(string sentence, string expected) =>
        DateFinder.Find(sentence, Friday).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);
}
