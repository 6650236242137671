using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "Былтыр қарашада" says "last year, in November": in an item of December 2025 it is November 2024, where "last November"
/// is the November just past.
/// </summary>
public sealed class LastYearMonthTests
{
    static readonly PartialDate December12 = new(2025, 12, 12);

    [Theory]
    [InlineData("Варнадағы консулдық былтыр қарашада ашылды.", "2024-11")]
    [InlineData("Форум былтырғы наурызда өтті.", "2024-03")]
    [InlineData("The consulate opened last November.", "2025-11")]
    [InlineData("Консулдық өткен қарашада ашылды.", "2025-11")]
    public void A_month_after_a_word_for_last_year_is_of_the_year_before_the_items(string sentence, string expected) =>
        DateFinder.Find(sentence, December12).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);
}
