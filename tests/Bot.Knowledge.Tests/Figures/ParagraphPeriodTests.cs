using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A news item often names the year once, in the paragraph that opens its figures, and gives the flows in the paragraph
/// after it: those figures are of that year. A heading starts a new section, whose figures without a period of their own
/// are not given the last section's year; a paragraph's own period always comes first.
/// </summary>
public sealed class ParagraphPeriodTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body) => _news.IngestAsync(lang, date, body);

    static Figure Single(IReadOnlyList<Figure> figures, string metric, Period period) => NewsItemIngestion.Single(figures, metric, period);

    [Fact]
    public async Task English_flows_in_the_paragraph_after_the_year_are_of_that_year()
    {
        var figures = await IngestAsync("en", "2024-02-20",
            "In 2023 bilateral trade reached $410 million, the ministry said.\n\n"
            + "Kazakh exports to Bulgaria rose to $350 million, while imports from Bulgaria stood at $60 million.");

        Single(figures, "exports_kz_to_bg", Period.Year(2023)).Value.ShouldBe(350);
        Single(figures, "exports_bg_to_kz", Period.Year(2023)).Value.ShouldBe(60);
    }

    [Fact]
    public async Task Russian_oil_shipments_two_paragraphs_on_keep_no_year_but_the_next_paragraph_does()
    {
        var figures = await IngestAsync("ru", "2023-03-01",
            "В 2022 году товарооборот двух стран составил 250 млн долларов.\n\n"
            + "Экспорт в Болгарию вырос вдвое, до 190 млн долларов.\n\n"
            + "Отгрузки нефти достигли 120 млн долларов.");

        Single(figures, "exports_kz_to_bg", Period.Year(2022)).Value.ShouldBe(190);
        // A period carries one paragraph on, no further.
        figures.ShouldNotContain(f => f.Value == 120, NewsItemIngestion.Listed(figures));
    }

    [Fact]
    public async Task Kazakh_exports_after_a_heading_are_not_given_the_year_of_the_section_before()
    {
        var figures = await IngestAsync("kk", "2023-05-10",
            "2022 жылы екі ел арасындағы тауар айналымы 250 млн долларға жетті.\n\n## Инвестициялар\n\n"
            + "Болгарияның Қазақстанға инвестициялары 12 млн доллар болды.");

        Single(figures, "turnover", Period.Year(2022)).Value.ShouldBe(250);
        figures.ShouldNotContain(f => f.Metric == "investment_bg_to_kz" && f.Period == Period.Year(2022), NewsItemIngestion.Listed(figures));
    }

    [Fact]
    public async Task A_paragraph_that_names_its_own_period_keeps_it()
    {
        var figures = await IngestAsync("bg", "2024-07-01",
            "През 2023 г. стокообменът достигна 400 млн. долара.\n\n"
            + "За първото тримесечие на 2024 г. износът на Казахстан за България е 95 млн. долара.");

        Single(figures, "exports_kz_to_bg", Period.Months(2024, 1, 3)).Value.ShouldBe(95);
        figures.ShouldNotContain(f => f.Metric == "exports_kz_to_bg" && f.Period == Period.Year(2023), NewsItemIngestion.Listed(figures));
    }

    public void Dispose() => _news.Dispose();
}
