using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// "3.9 times more than in the same period of 2023" names the base of a comparison, not the period the text goes on
/// about: the exports and imports of the next sentence are January–November 2024's, never 2023's, and the growth is
/// compared with January–November 2023. "За същия период на 2023 г. той е бил 29,8 млн." opens its clause with the same
/// period and names no comparison: the figure is that period's (January–June 2023), not the current one's. Sentences of our
/// own, in four languages.
/// </summary>
public sealed class SamePeriodComparisonTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    [Theory]
    [InlineData("en", "Bilateral trade for January through November 2024 reached $349.8 million, 3.9 times more than in the same period of 2023. Kazakh exports to Bulgaria accounted for $284.8 million of that amount, and imports from Bulgaria for $65 million.")]
    [InlineData("ru", "За январь–ноябрь 2024 года товарооборот Казахстана и Болгарии составил 349,8 млн долларов, что в 3,9 раза больше, чем за аналогичный период 2023 года. Экспорт Казахстана в Болгарию составил 284,8 млн долларов, импорт из Болгарии — 65 млн долларов.")]
    [InlineData("bg", "За януари–ноември 2024 г. стокообменът между България и Казахстан е 349,8 млн. долара, което е 3,9 пъти повече спрямо същия период на 2023 г. Износът на Казахстан за България е 284,8 млн. долара, а вносът от България – 65 млн. долара.")]
    [InlineData("kk", "2024 жылғы қаңтар–қарашада Қазақстан мен Болгария арасындағы тауар айналымы 349,8 млн долларды құрады, бұл 2023 жылдың сәйкес кезеңімен салыстырғанда 3,9 есе көп. Қазақстанның Болгарияға экспорты 284,8 млн доллар, Болгариядан импорты 65 млн доллар болды.")]
    public async Task Flows_after_a_same_period_comparison_keep_the_span_of_the_total(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-02-04", body);

        var span = new Period(2024, 1, 2024, 11);
        NewsItemIngestion.Single(figures, "exports_kz_to_bg", span).Value.ShouldBe(284.8);
        NewsItemIngestion.Single(figures, "exports_bg_to_kz", span).Value.ShouldBe(65);
        NewsItemIngestion.Single(figures, "turnover", span).ComparedTo.ShouldBe(new Period(2023, 1, 2023, 11).ToString());
        figures.ShouldNotContain(f => f.Period.StartYear == 2023, NewsItemIngestion.Listed(figures));
    }

    [Theory]
    [InlineData("en", "Bulgaria's exports to Kazakhstan in the first half of 2024 amounted to $41.3 million. In the same period of 2023, Bulgarian exports to Kazakhstan stood at $29.8 million.")]
    [InlineData("ru", "Экспорт Болгарии в Казахстан в первом полугодии 2024 года составил 41,3 млн долларов. За аналогичный период 2023 года он составлял 29,8 млн долларов.")]
    [InlineData("bg", "Износът на България за Казахстан през първото полугодие на 2024 г. е 41,3 млн. долара. За същия период на 2023 г. той е бил 29,8 млн. долара.")]
    [InlineData("kk", "2024 жылдың бірінші жартыжылдығында Болгарияның Қазақстанға экспорты 41,3 млн доллар болды. 2023 жылдың сәйкес кезеңінде ол 29,8 млн доллар болған.")]
    public async Task A_same_period_opening_its_clause_dates_the_figure_it_states(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2024-08-20", body);

        NewsItemIngestion.Single(figures, "exports_bg_to_kz", new Period(2024, 1, 2024, 6)).Value.ShouldBe(41.3);
        NewsItemIngestion.Single(figures, "exports_bg_to_kz", new Period(2023, 1, 2023, 6)).Value.ShouldBe(29.8);
    }

    public void Dispose() => _news.Dispose();
}
