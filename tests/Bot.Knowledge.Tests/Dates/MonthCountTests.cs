using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Dates;

/// <summary>
/// "The first eleven months" is January–November however the count is written: with the Bulgarian article
/// ("единадесетте месеца"), in two Kazakh words ("он бір айында"), in digits or in English — never the whole year.
/// </summary>
public sealed class MonthCountTests
{
    static readonly PartialDate Published = new(2025, 1, 20);

    [Theory]
    [InlineData("Стокообменът за единадесетте месеца на 2024 г. е 349,8 млн. долара.")]
    [InlineData("За първите единайсет месеца на 2024 г. стокообменът достигна 349,8 млн. долара.")]
    [InlineData("2024 жылдың он бір айында тауар айналымы 349,8 млн долларды құрады.")]
    [InlineData("За одиннадцать месяцев 2024 года товарооборот составил 349,8 млн долларов.")]
    [InlineData("In the first eleven months of 2024 trade reached $349.8 million.")]
    [InlineData("For the 11 months of 2024 trade reached $349.8 million.")]
    [InlineData("Bilateral turnover for January to November 2024 amounted to $349.8 million.")]
    [InlineData("Товарооборот с января по ноябрь 2024 года составил 349,8 млн долларов.")]
    public void Eleven_months_of_a_year_are_january_to_november(string text) =>
        PeriodFinder.Find(text, Published).Select(f => f.Period).ShouldBe([Period.Months(2024, 1, 11)]);

    [Fact]
    public void Twelve_months_with_the_article_are_still_read() =>
        PeriodFinder.Find("За дванадесетте месеца на 2023 г. износът нарасна.", Published).Select(f => f.Period).ShouldBe([Period.Months(2023, 1, 12)]);
}
