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
}
