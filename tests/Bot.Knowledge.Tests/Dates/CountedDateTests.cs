using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "Two years later, on 3 March" is 3 March of the year two after the one stated before; "three years ago, on 12 May" is
/// 12 May three years before the item's. With no year stated before "later", the day beside it is not given the item's
/// year: it is no date at all.
/// </summary>
public sealed class CountedDateTests
{
    static readonly PartialDate Published = new(2025, 6, 7);

    static string Last(string text, int? reference = null) => DateFinder.Find(text, Published, reference)[^1].Start.ToString();

    [Theory]
    [InlineData("The centre opened in 2019. Two years later, on 3 March, it moved to Almaty.")]
    [InlineData("Центр открылся в 2019 году, а спустя два года, 3 марта, переехал в Алматы.")]
    [InlineData("Центърът е открит през 2019 г. Две години по-късно, на 3 март, се премести в Алмати.")]
    public void A_day_after_years_counted_from_a_stated_year_is_of_the_counted_year(string text) =>
        Last(text).ShouldBe("2021-03-03");

    [Fact]
    public void The_year_the_text_before_stated_is_counted_from() =>
        Last("Two years later, on 3 March, it moved to Almaty.", reference: 2019).ShouldBe("2021-03-03");

    [Fact]
    public void With_no_year_before_the_day_beside_later_is_no_date() =>
        DateFinder.Find("Two years later, on 3 March, it moved to Almaty.", Published).ShouldBeEmpty();

    [Theory]
    [InlineData("Three years ago, on 12 May, the sides signed a memorandum.")]
    [InlineData("Преди три години, на 12 май, страните подписаха меморандум.")]
    [InlineData("Три года назад, 12 мая, стороны подписали меморандум.")]
    [InlineData("Үш жыл бұрын, 12 мамырда, тараптар меморандумға қол қойды.")]
    public void A_day_after_years_ago_is_of_that_year(string text) =>
        DateFinder.Find(text, Published).ShouldHaveSingleItem().Start.ToString().ShouldBe("2022-05-12");

    [Fact]
    public void A_day_in_a_clause_of_its_own_keeps_the_item_s_year() =>
        DateFinder.Find("Trade grew three years ago; on 12 May a new forum opens.", Published)[^1].Start.ToString().ShouldBe("2025-05-12");
}
