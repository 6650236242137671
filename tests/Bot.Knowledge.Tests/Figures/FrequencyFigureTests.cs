using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>"Three times a week" says how often, not how much more: a count of what a weekly metric counts, never a growth factor.</summary>
public sealed class FrequencyFigureTests
{
    static readonly PartialDate Dated = new(2024, 3, 5);

    [Theory]
    [InlineData("Under the new schedule the carrier will operate flights to Almaty four times a week.", 4)]
    [InlineData("По новому расписанию перевозчик будет выполнять рейсы в Алматы четыре раза в неделю.", 4)]
    [InlineData("Превозвачът ще изпълнява полети до Алмати 4 пъти седмично от април.", 4)]
    [InlineData("Жаңа кесте бойынша әуе компаниясы Алматыға аптасына төрт рет рейс орындайды.", 4)]
    public void A_number_of_times_a_week_counts_the_weekly_flights(string sentence, int flights)
    {
        var figure = FigureExtractor.Extract(sentence, Dated).ShouldHaveSingleItem();

        figure.Metric.ShouldBe("flights_per_week");
        figure.Value.ShouldBe(flights);
        figure.GrowthFactor.ShouldBeNull();
    }

    [Fact]
    public void Times_a_week_beside_a_total_is_no_growth_of_the_total()
    {
        var figures = FigureExtractor.Extract("Каждая сторона сможет выполнять рейсы два раза в неделю, итого четыре рейса в неделю.", Dated).ToList();

        figures.Select(f => f.Value).ShouldBe([2, 4], ignoreOrder: true);
        figures.ShouldAllBe(f => f.GrowthFactor == null);
    }

    [Fact]
    public void Times_without_how_often_is_still_a_growth_factor()
    {
        var figure = FigureExtractor.Extract("Exports to Bulgaria grew four times to $40 million in 2023.", Dated).ShouldHaveSingleItem();

        figure.GrowthFactor.ShouldBe(4);
    }
}
