using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A quarter's figure and the same quarter a year earlier ("против 119,9 млн за аналогичный период прошлого года", "$119.9
/// million in the same period a year earlier"): the earlier amount is the earlier quarter's, never the whole of last year's
/// nor this quarter's; a sentence naming the Agency for Strategic Planning ("Стратегиялық жоспарлау … агенттігі") states
/// what trade came to, not a plan.
/// </summary>
public sealed class QuarterComparisonTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    static readonly Period Q1Of2027 = new(2027, 1, 2027, 3);
    static readonly Period Q1Of2026 = new(2026, 1, 2026, 3);

    [Theory]
    [InlineData("ru", "В первом квартале 2027 года товарооборот Казахстана с Болгарией составил 131,4 млн долларов против 119,9 млн долларов за аналогичный период прошлого года.")]
    [InlineData("en", "In the first quarter of 2027 trade between Kazakhstan and Bulgaria reached $131.4 million, up 9.6% from $119.9 million in the same period a year earlier.")]
    public async Task The_same_period_a_year_earlier_is_the_earlier_quarter(string lang, string sentence)
    {
        var figures = await _news.IngestAsync(lang, "2027-04-25", sentence);

        NewsItemIngestion.Single(figures, "turnover", Q1Of2027).Value.ShouldBe(131.4);
        NewsItemIngestion.Single(figures, "turnover", Q1Of2026).Value.ShouldBe(119.9);
        figures.ShouldNotContain(f => f.Period == Period.Year(2026), NewsItemIngestion.Listed(figures));
    }

    [Theory]
    [InlineData("kk", "Стратегиялық жоспарлау және реформалар агенттігі Ұлттық статистика бюросының мәліметінше, биылғы қаңтар–наурызда Қазақстан мен Болгария арасындағы тауар айналымы 131,4 млн долларды құрады.")]
    [InlineData("ru", "По данным Бюро национальной статистики Агентства по стратегическому планированию и реформам, в январе–марте товарооборот Казахстана с Болгарией составил 131,4 млн долларов.")]
    public async Task A_figure_sourced_to_the_planning_agency_is_what_trade_came_to(string lang, string sentence)
    {
        var figures = await _news.IngestAsync(lang, "2027-04-25", sentence);

        NewsItemIngestion.Single(figures, "turnover", Q1Of2027).Value.ShouldBe(131.4);
    }

    public void Dispose() => _news.Dispose();
}
