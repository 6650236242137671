using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// "… for nine months of last year came to 6.2, and for the whole year rose to 7.8": the whole year is the year the
/// sentence was about, never its nine months; and a present-tense rise ("нараства с 5,5%", "растет на 5,5%") is growth,
/// not a share of something.
/// </summary>
public sealed class WholeYearAndRiseTests
{
    static readonly PartialDate Published = new(2025, 1, 29);

    [Theory]
    [InlineData("Прямые инвестиции из Болгарии за девять месяцев прошлого года составили 6,2 млн долларов, а за весь год выросли до 7,8 млн долларов.", 6.2, 7.8)]
    [InlineData("Bulgarian investment in Kazakhstan came to $6.2 million in the first nine months of 2024 and to $7.8 million for the full year.", 6.2, 7.8)]
    [InlineData("Българските инвестиции в Казахстан за деветте месеца на 2024 г. са 6,2 млн. долара, а за цялата година достигат 7,8 млн. долара.", 6.2, 7.8)]
    public void The_whole_year_after_nine_months_of_it_is_that_year(string sentence, double nineMonths, double wholeYear)
    {
        var figures = FigureExtractor.Extract(sentence, Published).Where(f => f.Metric == "investment_bg_to_kz").ToList();
        figures.Single(f => f.Value == nineMonths).Period.ShouldBe(Period.Months(2024, 1, 9));
        figures.Single(f => f.Value == wholeYear).Period.ShouldBe(Period.Year(2024));
    }

    [Theory]
    [InlineData("През 2024 г. българският износ за Казахстан нараства с 5,5% и достига 71,6 млн. долара.")]
    [InlineData("В 2024 году экспорт Болгарии в Казахстан растет на 5,5% и достигает 71,6 млн долларов.")]
    [InlineData("In 2024 Bulgaria's exports to Kazakhstan rises by 5.5% to $71.6 million.")]
    public void A_present_tense_rise_is_growth_not_a_share(string sentence)
    {
        var figures = FigureExtractor.Extract(sentence, Published).ToList();
        figures.ShouldNotContain(f => f.Metric == "share" && f.Value == 5.5);
    }
}
