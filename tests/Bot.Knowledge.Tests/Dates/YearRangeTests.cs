using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>A span of years, written with a dash or in words, is one period from its first year to its last.</summary>
public sealed class YearRangeTests
{
    static readonly PartialDate Published = new(2024, 9, 1);

    [Theory]
    [InlineData("The first settlers arrived between 1862 and 1868, fleeing the war.")]
    [InlineData("Settlers kept arriving from 1862 to 1868.")]
    [InlineData("Переселенцы прибывали с 1862 по 1868 год.")]
    [InlineData("Заселниците пристигат от 1862 до 1868 г.")]
    [InlineData("Қоныс аударушылар 1862–1868 жылдары келді.")]
    public void A_span_of_years_is_one_period(string sentence)
    {
        var span = DateFinder.Find(sentence, Published).ShouldHaveSingleItem();

        span.Start.ShouldBe(new PartialDate(1862));
        span.End.ShouldBe(new PartialDate(1868));
    }

    [Fact]
    public void Two_years_joined_without_a_word_that_opens_a_span_stay_two_years()
    {
        DateFinder.Find("Trade grew in 2019 and 2020.", Published).Select(d => d.End).ShouldAllBe(e => e == null);
    }
}
