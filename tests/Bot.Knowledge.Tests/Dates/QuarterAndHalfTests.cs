using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// A quarter or a half of a year is that part of it however statistics write the ordinal — a word, a Roman numeral
/// ("за I квартал 2025 года", "2025 жылғы I тоқсанда"), or digits with an ending ("1-во тримесечие") — never the year.
/// </summary>
public sealed class QuarterAndHalfTests
{
    static readonly PartialDate Published = new(2025, 8, 1);

    static List<Period> Periods(string text) => PeriodFinder.Find(text, Published).Select(f => f.Period).ToList();

    [Theory]
    [InlineData("Товарооборот за I квартал 2025 года составил 66,6 млн долларов.")]
    [InlineData("2025 жылғы I тоқсанда тауар айналымы 66,6 млн долларды құрады.")]
    [InlineData("През I тримесечие на 2025 г. стокообменът е 66,6 млн. долара.")]
    [InlineData("През 1-во тримесечие на 2025 г. стокообменът е 66,6 млн. долара.")]
    [InlineData("В 1-м квартале 2025 года товарооборот составил 66,6 млн долларов.")]
    [InlineData("In the first quarter of 2025 trade came to $66.6 million.")]
    [InlineData("Trade in Q1 2025 came to $66.6 million.")]
    public void The_first_quarter_is_january_to_march(string text) =>
        Periods(text).ShouldBe([Period.Quarter(2025, 1)]);

    [Theory]
    [InlineData("За II полугодие 2024 года экспорт вырос.")]
    [InlineData("През второто полугодие на 2024 г. износът нарасна.")]
    public void The_second_half_is_july_to_december(string text) =>
        Periods(text).ShouldBe([Period.Months(2024, 7, 12)]);

    [Theory]
    [InlineData("В IV квартале 2024 года товарооборот вырос.", 4)]
    [InlineData("В III квартале 2024 года товарооборот вырос.", 3)]
    public void Roman_numerals_up_to_four_are_read(string text, int quarter) =>
        Periods(text).ShouldBe([Period.Quarter(2024, quarter)]);
}
