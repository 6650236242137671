using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Tests.Extraction;

/// <summary>
/// A date or a clock time written in digits ("14.03.2018, 18:40", "2018-03-14", "18:40 ч.") is no number of anything:
/// a byline's day and month never come out as the count 14.03 or the amount 18.
/// </summary>
public sealed class DateNumberTests
{
    [Theory]
    [InlineData("14.03.2018, 18:40")]
    [InlineData("Обновлено 14.03.2018 в 18:40")]
    [InlineData("Публикувано: 2018-03-14 18:40 ч.")]
    [InlineData("Жарияланған күні: 14.03.2018 18:40")]
    public void Digits_of_a_date_or_a_time_are_no_number(string line) =>
        NumberReader.Find(line).ShouldBeEmpty();

    [Theory]
    [InlineData("Товарооборот на 14.03.2018 составил 12.5 млн долларов.", 12.5e6)]
    [InlineData("The 2018 figure was 14.03 percent.", 14.03)]
    public void A_number_beside_a_date_is_still_read(string text, double value) =>
        NumberReader.Find(text).ShouldContain(n => Math.Abs(n.Absolute - value) < 1e-6);
}
