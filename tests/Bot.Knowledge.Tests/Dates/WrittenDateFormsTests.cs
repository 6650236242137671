using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A day written with numbers in any usual way ("09/06/2025", "09.06.25", "9.VI.2025", "2025/06/09") or with its own ending
/// before the month ("the 9th of June", "9-го июня") is that day.
/// </summary>
public sealed class WrittenDateFormsTests
{
    static readonly PartialDate June20 = new(2025, 6, 20);

    [Theory]
    [InlineData("Договорът е подписан на 9.VI.2025 г. в Астана.", "2025-06-09")]
    [InlineData("Подписано 24 V 2023 г. в Алматы.", "2023-05-24")]
    [InlineData("The memorandum was signed on 09/06/2025 in Astana.", "2025-06-09")]
    [InlineData("Меморандумът е подписан на 09.06.25 в Астана.", "2025-06-09")]
    [InlineData("Signed on 2023/05/24 in Almaty.", "2023-05-24")]
    [InlineData("Signed on 24-05-2023 in Almaty.", "2023-05-24")]
    [InlineData("Подписан 24.05.2023г. в Алматы.", "2023-05-24")]
    [InlineData("Меморандумға 24. 5. 2023 қол қойылды.", "2023-05-24")]
    [InlineData("Published 2025-06-09T10:00:00 in Astana.", "2025-06-09")]
    public void A_day_written_in_numbers_is_that_day(string sentence, string expected) =>
        DateFinder.Find(sentence, June20).ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);

    [Fact]
    public void A_slashed_date_whose_second_number_is_no_month_is_read_month_first() =>
        DateFinder.Find("Signed on 5/24/2023 in Almaty.", June20).ShouldHaveSingleItem().Start.ToString().ShouldBe("2023-05-24");

    [Theory]
    [InlineData("The memorandum was signed on the 9th of June in Astana.")]
    [InlineData("Меморандум подписан 9-го июня в Астане.")]
    [InlineData("Меморандумът е подписан на 9-ти юни в Астана.")]
    [InlineData("Меморандумға 9-маусымда Астанада қол қойылды.")]
    public void A_day_with_its_ending_before_the_month_is_that_day(string sentence) =>
        DateFinder.Find(sentence, June20).ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06-09");
}
