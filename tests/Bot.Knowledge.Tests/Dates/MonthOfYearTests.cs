using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A month and its year written without a day, as a table's date column or a chronology gives them, in either order and
/// in any of the four languages: the month is read, never only the year.
/// </summary>
public sealed class MonthOfYearTests
{
    static readonly PartialDate Published = new(2024, 3, 1);

    [Theory]
    [InlineData("2019 ж. сәуір")]
    [InlineData("2019 ж. сәуірде")]
    [InlineData("2019 жыл, сәуір")]
    [InlineData("сәуір 2019 ж.")]
    [InlineData("апрель 2019 г.")]
    [InlineData("апреля 2019 г.")]
    [InlineData("2019 г., апрель")]
    [InlineData("април 2019")]
    [InlineData("април 2019 г.")]
    [InlineData("April 2019")]
    [InlineData("2019, April")]
    public void A_month_with_its_year_and_no_day_is_that_month(string cell)
    {
        DateFinder.Find(cell, Published).ShouldHaveSingleItem().Start.ShouldBe(new PartialDate(2019, 4));
    }

    [Theory]
    [InlineData("2019 ж. сәуірде бір келісім, ал 2020 жылы тағы бір келісім жасалды.")]
    public void A_month_after_a_year_word_that_closes_another_clause_still_takes_its_year(string sentence)
    {
        DateFinder.Find(sentence, Published)[0].Start.ShouldBe(new PartialDate(2019, 4));
    }
}
