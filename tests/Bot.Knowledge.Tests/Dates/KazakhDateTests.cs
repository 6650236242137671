using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>Kazakh writes the year first ("2026 жылғы 5 сәуірде"), with the month in a case form: the day is still read.</summary>
public sealed class KazakhDateTests
{
    static readonly PartialDate Published = new(2026, 6, 1);

    [Theory]
    [InlineData("Келісім 2026 жылғы 5 сәуірде Астанада қол қойылды.", "2026-04-05")]
    [InlineData("Меморандумға 2025 жылғы 9 маусымда қол қойылды.", "2025-06-09")]
    [InlineData("Комиссияның отырысы 2024 жылғы 12 қарашада өтті.", "2024-11-12")]
    [InlineData("2023 жылғы 1 қаңтардан бастап күшіне енді.", "2023-01-01")]
    public void A_year_first_Kazakh_date_with_an_inflected_month_is_read_to_the_day(string sentence, string expected)
    {
        var dates = DateFinder.Find(sentence, Published);

        dates.ShouldHaveSingleItem().Start.ToString().ShouldBe(expected);
    }

    [Fact]
    public void A_year_first_Kazakh_month_without_a_day_stays_a_month()
    {
        var dates = DateFinder.Find("Сапар 2025 жылғы маусымда өтті.", Published);

        dates.ShouldHaveSingleItem().Start.ToString().ShouldBe("2025-06");
    }

    [Fact]
    public void A_year_first_Kazakh_day_range_keeps_both_days()
    {
        var date = DateFinder.Find("Форум 2026 жылғы 5–7 сәуірде өтеді.", Published).ShouldHaveSingleItem();

        date.Start.ToString().ShouldBe("2026-04-05");
        date.End.ToString().ShouldBe("2026-04-07");
    }
}
