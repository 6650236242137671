using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A day, month or weekday written without its year is the last such one before the item when the sentence tells what
/// happened ("signed on 12 November" in an item of January 2026: 2025), and the next one when it tells what is ahead
/// ("will be held in July", "соберётся в среду").
/// </summary>
public sealed class YearlessDateTests
{
    static readonly PartialDate January15 = new(2026, 1, 15);
    static readonly PartialDate Friday = new(2025, 6, 20);

    [Theory]
    [InlineData("The memorandum was signed on 12 November in Astana.", "2025-11-12")]
    [InlineData("Меморандум был подписан 12 ноября в Астане.", "2025-11-12")]
    [InlineData("Меморандумът беше подписан на 12 ноември в Астана.", "2025-11-12")]
    [InlineData("Меморандумға 12 қарашада Астанада қол қойылды.", "2025-11-12")]
    [InlineData("The delegation visited Varna in July.", "2025-07")]
    [InlineData("Делегацията посети Варна през юли.", "2025-07")]
    [InlineData("Делегация шілдеде Варнаға барды.", "2025-07")]
    public void A_date_told_as_past_is_the_last_one_before_the_item(string sentence, string expected) =>
        DateFinder.Find(sentence, January15).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("The forum will be held on 12 November in Astana.", "2026-11-12")]
    [InlineData("Делегацията ще посети Варна през юли.", "2026-07")]
    [InlineData("Форум пройдёт в июле в Астане.", "2026-07")]
    public void A_date_told_as_ahead_is_the_next_one(string sentence, string expected) =>
        DateFinder.Find(sentence, January15).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Fact]
    public void A_date_ahead_in_a_past_year_month_is_of_the_next_year() =>
        DateFinder.Find("Форумът ще се проведе на 12 февруари в София.", new PartialDate(2025, 10, 20))
            .ShouldHaveSingleItem().Start.ToString().ShouldBe("2026-02-12");

    [Fact]
    public void A_month_just_ahead_stays_in_the_items_year_without_a_future_word() =>
        DateFinder.Find("The forum in September gathered 200 companies.", Friday).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-09");

    [Theory]
    [InlineData("The commission will meet on Wednesday.")]
    [InlineData("Комиссия соберётся в среду.")]
    [InlineData("Комисията ще заседава в сряда.")]
    [InlineData("Комиссия сәрсенбіде жиналады.")]
    public void A_weekday_ahead_is_the_next_such_day(string sentence) =>
        DateFinder.Find(sentence, Friday).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06-25");

    [Fact]
    public void Last_weekday_stays_past_in_a_sentence_about_what_is_ahead() =>
        DateFinder.Find("The talks began last Saturday and will continue next week.", Friday)[0].Start.ToString().ShouldBe("2025-06-14");
}
