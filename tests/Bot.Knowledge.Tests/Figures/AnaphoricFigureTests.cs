using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A figure whose sentence names no metric ("it reached …", "той възлиза на …") measures what an earlier sentence of its
/// paragraph named: the reader of a news item takes it so, in all four languages.
/// </summary>
public sealed class AnaphoricFigureTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body) => _news.IngestAsync(lang, date, body);

    static string Listed(IReadOnlyList<Figure> figures) => NewsItemIngestion.Listed(figures);

    [Fact]
    public async Task Russian_pronoun_takes_the_turnover_of_the_sentence_before_with_its_own_period()
    {
        var figures = await IngestAsync("ru", "2021-11-02",
            "В 2020 году товарооборот Казахстана и Болгарии составил 142 млн долларов. За первое полугодие 2021 года он достиг 88,4 млн долларов.");

        figures.Where(f => f.Value == 88.4).ShouldHaveSingleItem(Listed(figures)).Metric.ShouldBe("turnover");
    }

    [Fact]
    public async Task English_it_after_a_sentence_naming_Bulgarian_investment_without_a_figure_is_that_investment()
    {
        var figures = await IngestAsync("en", "2023-05-10",
            "Bulgarian direct investment in Kazakhstan picked up as well. Official data show it rose by 12% to $9.1 million in 2022.");

        var f = figures.Where(x => x.Value == 9.1).ShouldHaveSingleItem(Listed(figures));
        f.Metric.ShouldBe("investment_bg_to_kz");
        f.Period.ShouldBe(Period.Year(2022));
    }

    [Fact]
    public async Task Bulgarian_pronoun_refers_back_to_Kazakh_exports()
    {
        var bg = await IngestAsync("bg", "2022-03-01",
            "Износът на Казахстан за България расте бързо. През 2021 г. той възлиза на 215 млн. долара.");
        bg.Where(f => f.Value == 215).ShouldHaveSingleItem(Listed(bg)).Metric.ShouldBe("exports_kz_to_bg");
    }

    [Fact]
    public async Task Kazakh_pronoun_refers_back_to_the_trade_named_before()
    {
        var figures = await IngestAsync("kk", "2022-03-01",
            "Қазақстан мен Болгария арасындағы тауар айналымы соңғы жылдары артты. 2021 жылы ол 215 млн долларды құрады.");
        figures.Where(f => f.Value == 215).ShouldHaveSingleItem(Listed(figures)).Metric.ShouldBe("turnover");
    }

    [Fact]
    public async Task A_figure_not_after_a_word_that_refers_back_gets_no_borrowed_metric()
    {
        var figures = await IngestAsync("en", "2023-05-10",
            "Trade between Kazakhstan and Bulgaria reached $300 million in 2022. The new terminal in Burgas will cost $40 million, the port said.");

        figures.ShouldNotContain(f => f.Value == 40, Listed(figures));
    }

    [Fact]
    public async Task A_pronoun_in_the_first_sentence_of_a_paragraph_borrows_nothing()
    {
        var figures = await IngestAsync("ru", "2021-11-02", "В 2020 году товарооборот составил 142 млн долларов.\n\nЗа первое полугодие он достиг 88,4 млн долларов.");

        figures.ShouldNotContain(f => f.Value == 88.4, Listed(figures));
    }

    public void Dispose() => _news.Dispose();
}
