using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// News paragraphs written for these tests, in the four languages and in phrasings the devcorpus does not use: the
/// figures come out with the metric and direction the text gives them, and with the period it means.
/// </summary>
public sealed class NewsFigureTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body) => _news.IngestAsync(lang, date, body);

    static Figure Single(IReadOnlyList<Figure> figures, string metric, Period period) => NewsItemIngestion.Single(figures, metric, period);

    [Fact]
    public async Task English_up_from_gives_both_years_of_Kazakh_exports_with_mn_as_million()
    {
        var figures = await IngestAsync("en", "2024-03-02",
            "Kazakhstan's exports to Bulgaria totalled $512.4mn in 2023, up from $388.1mn in 2022, the statistics bureau said on Friday.");

        figures.Count.ShouldBe(2);
        var recent = Single(figures, "exports_kz_to_bg", Period.Year(2023));
        recent.Value.ShouldBe(512.4);
        recent.Scale.ShouldBe("million");
        Single(figures, "exports_kz_to_bg", Period.Year(2022)).Value.ShouldBe(388.1);
    }

    [Fact]
    public async Task Us_dollars_are_dollars_not_the_kazakh_number_three()
    {
        var figures = await IngestAsync("en", "2020-02-01",
            "Trade turnover between Kazakhstan and Bulgaria amounted to 210 million US dollars in 2019, up from 185.4 million US dollars in 2018.");

        var recent = Single(figures, "turnover", Period.Year(2019));
        recent.Value.ShouldBe(210);
        recent.Scale.ShouldBe("million");
        recent.Unit.ShouldBe("USD");
        Single(figures, "turnover", Period.Year(2018)).Value.ShouldBe(185.4);
    }

    [Fact]
    public async Task English_from_one_year_to_the_next_gives_a_figure_for_each_year()
    {
        var figures = await IngestAsync("en", "2025-04-01",
            "Kazakhstan's exports to Bulgaria rose from $280 million in 2023 to $303.6 million in 2024, the ministry said.");

        Single(figures, "exports_kz_to_bg", Period.Year(2023)).Value.ShouldBe(280);
        Single(figures, "exports_kz_to_bg", Period.Year(2024)).Value.ShouldBe(303.6);
    }

    [Fact]
    public async Task Russian_from_one_year_to_the_next_gives_a_figure_for_each_year()
    {
        var figures = await IngestAsync("ru", "2025-04-01",
            "Товарооборот между Казахстаном и Болгарией вырос с 310 млн долларов в 2023 году до 375 млн долларов в 2024 году.");

        Single(figures, "turnover", Period.Year(2023)).Value.ShouldBe(310);
        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(375);
    }

    [Fact]
    public async Task English_imports_from_Bulgaria_that_fell_are_Bulgarian_goods_going_to_Kazakhstan_with_negative_growth()
    {
        var figures = await IngestAsync("en", "2024-08-20", "Imports from Bulgaria fell 12% year on year to $58m in January-June.");

        var figure = Single(figures, "exports_bg_to_kz", Period.Months(2024, 1, 6));
        figure.Value.ShouldBe(58);
        figure.GrowthPercent.ShouldBe(-12);
    }

    [Fact]
    public async Task English_trade_in_euros_last_year_is_counted_from_the_article_date()
    {
        var figures = await IngestAsync("en", "2025-03-14", "Two-way trade reached €610 million last year, according to Eurostat data.");

        var figure = Single(figures, "turnover", Period.Year(2024));
        figure.Unit.ShouldBe("EUR");
        figure.Value.ShouldBe(610);
    }

    [Fact]
    public async Task English_counts_of_students_and_weekly_flights_belong_to_the_article_year()
    {
        var figures = await IngestAsync("en", "2025-09-30",
            "Some 2,500 Kazakh students are enrolled at Bulgarian universities, the ministry said.\n\nAir Astana will operate three flights a week between Astana and Sofia.");

        var students = Single(figures, "students_kz_in_bg", Period.Year(2025));
        students.Value.ShouldBe(2500);
        students.Qualifier.ShouldBe("about");
        Single(figures, "flights_per_week", Period.Year(2025)).Value.ShouldBe(3);
    }

    [Fact]
    public async Task English_money_invested_since_a_year_is_no_figure_of_that_year()
    {
        var figures = await IngestAsync("en", "2025-05-01", "Bulgarian investors have poured some $1.3bn into Kazakhstan since 2005, according to the central bank.");

        figures.ShouldNotContain(f => f.Period == Period.Year(2005));
    }

    [Fact]
    public async Task Russian_growth_against_the_same_period_of_last_year_is_kept_with_the_nine_month_turnover()
    {
        var figures = await IngestAsync("ru", "2024-11-05",
            "По итогам января–сентября 2024 года объём взаимной торговли составил 287,6 млн долларов США, что на 12,4% больше, чем за аналогичный период прошлого года.");

        var figure = Single(figures, "turnover", Period.Months(2024, 1, 9));
        figure.Value.ShouldBe(287.6);
        figure.Unit.ShouldBe("USD");
        figure.GrowthPercent.ShouldBe(12.4);
    }

    [Fact]
    public async Task Russian_exports_from_Bulgaria_to_Kazakhstan_that_doubled_go_from_Bulgaria()
    {
        var figures = await IngestAsync("ru", "2024-02-10", "Экспорт из Болгарии в Казахстан в 2023 году вырос вдвое — до 96 млн долларов.");

        var figure = Single(figures, "exports_bg_to_kz", Period.Year(2023));
        figure.Value.ShouldBe(96);
        figure.GrowthFactor.ShouldBe(2);
    }

    [Fact]
    public async Task Russian_Kazakh_money_put_into_the_Bulgarian_economy_is_Kazakh_investment_in_Bulgaria()
    {
        var figures = await IngestAsync("ru", "2025-02-01", "В 2024 году казахстанские компании вложили в экономику Болгарии около 40 млн долларов.");

        var figure = Single(figures, "investment_kz_to_bg", Period.Year(2024));
        figure.Value.ShouldBe(40);
        figure.Qualifier.ShouldBe("about");
    }

    [Fact]
    public async Task Russian_enterprises_with_Kazakh_capital_in_Bulgaria_are_Kazakh_companies_there()
    {
        var figures = await IngestAsync("ru", "2023-07-01", "Сегодня в Болгарии работают 35 предприятий с казахстанским капиталом.");

        Single(figures, "companies_kz_in_bg", Period.Year(2023)).Value.ShouldBe(35);
    }

    [Fact]
    public async Task Bulgarian_exports_and_imports_in_one_sentence_go_opposite_ways_in_euros()
    {
        var figures = await IngestAsync("bg", "2024-04-22",
            "През 2023 г. износът на България за Казахстан възлиза на 78,3 млн. евро, а вносът от Казахстан – на 402 млн. евро.");

        Single(figures, "exports_bg_to_kz", Period.Year(2023)).Value.ShouldBe(78.3);
        var fromKazakhstan = Single(figures, "exports_kz_to_bg", Period.Year(2023));
        fromKazakhstan.Value.ShouldBe(402);
        fromKazakhstan.Unit.ShouldBe("EUR");
    }

    [Fact]
    public async Task Bulgarian_thousands_of_Kazakh_tourists_last_year_is_a_count_in_thousands()
    {
        var figures = await IngestAsync("bg", "2025-01-15", "Над 12 хиляди казахстански туристи са посетили България през миналата година.");

        var figure = Single(figures, "tourists_kz_to_bg", Period.Year(2024));
        figure.Value.ShouldBe(12);
        figure.Scale.ShouldBe("thousand");
        figure.Qualifier.ShouldBe("more_than");
    }

    [Fact]
    public async Task Kazakh_export_growth_takes_the_year_of_the_sentence_before()
    {
        var figures = await IngestAsync("kk", "2025-03-01",
            "2024 жылы Қазақстан мен Болгария арасындағы тауар айналымы 375,2 млн долларды құрады. Болгарияға экспорт 18 пайызға өсіп, 303,6 млн долларға жетті.");

        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(375.2);
        var exports = Single(figures, "exports_kz_to_bg", Period.Year(2024));
        exports.Value.ShouldBe(303.6);
        exports.GrowthPercent.ShouldBe(18);
    }

    [Fact]
    public async Task Kazakh_more_than_written_after_the_number_qualifies_the_company_count()
    {
        var figures = await IngestAsync("kk", "2025-06-20", "Қазақстанда болгар капиталы бар 60-тан астам компания жұмыс істейді.");

        var figure = Single(figures, "companies_bg_in_kz", Period.Year(2025));
        figure.Value.ShouldBe(60);
        figure.Qualifier.ShouldBe("more_than");
    }

    [Fact]
    public async Task Russian_imports_of_bulgarian_goods_beside_kazakh_exports_in_one_sentence_are_the_other_direction()
    {
        var figures = await IngestAsync("ru", "2023-03-15",
            "За 2022 год казахстанский экспорт в Болгарию составил 198,3 млн долларов, а импорт болгарских товаров — 41,7 млн.");

        Single(figures, "exports_kz_to_bg", Period.Year(2022)).Value.ShouldBe(198.3);
        Single(figures, "exports_bg_to_kz", Period.Year(2022)).Value.ShouldBe(41.7);
    }

    [Fact]
    public async Task English_purchases_of_kazakh_goods_by_bulgaria_beside_bulgarian_exports_go_the_other_way()
    {
        var figures = await IngestAsync("en", "2021-02-10",
            "In 2020 Bulgaria exported goods worth $37 million to Kazakhstan, while imports of Kazakh goods reached $120 million.");

        Single(figures, "exports_bg_to_kz", Period.Year(2020)).Value.ShouldBe(37);
        Single(figures, "exports_kz_to_bg", Period.Year(2020)).Value.ShouldBe(120);
    }

    [Fact]
    public async Task Bulgarian_shipments_of_kazakh_products_are_kazakh_exports_and_a_sale_of_a_stake_is_no_trade()
    {
        var figures = await IngestAsync("bg", "2024-06-01",
            "През 2023 г. вносът на казахстански стоки в България достигна 210 млн. долара. Компанията продаде дела си за 15 млн. долара.");

        Single(figures, "exports_kz_to_bg", Period.Year(2023)).Value.ShouldBe(210);
        figures.ShouldNotContain(f => f.Value == 15 && f.Metric.StartsWith("exports", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Russian_turnover_with_third_countries_in_one_sentence_is_not_kazakhstan_bulgaria_turnover()
    {
        var figures = await IngestAsync("ru", "2025-02-01",
            "В 2024 году товарооборот Казахстана с Венгрией составил 180 млн долларов, с Румынией — около 1,1 млрд долларов, а с Болгарией — 375 млн долларов.");

        figures.ShouldHaveSingleItem(NewsItemIngestion.Listed(figures)).Value.ShouldBe(375);
    }

    [Theory]
    [InlineData("bg", "Стокообменът на Казахстан с Унгария през 2024 г. е 612 млн. долара, от които 240 млн. долара са за зърно.")]
    [InlineData("en", "Kazakhstan's trade with Hungary came to $612 million in 2024, of which some $240 million was grain.")]
    [InlineData("kk", "2024 жылы Қазақстан мен Венгрия арасындағы тауар айналымы 612 млн долларды құрады, оның ішінде астыққа 240 млн доллар тиесілі.")]
    public async Task A_part_of_a_third_countrys_turnover_is_no_kazakhstan_bulgaria_figure(string lang, string sentence)
    {
        var figures = await IngestAsync(lang, "2025-02-01", sentence);

        figures.ShouldBeEmpty(NewsItemIngestion.Listed(figures));
    }

    [Fact]
    public async Task English_exports_to_turkey_beside_exports_to_bulgaria_give_only_bulgarias()
    {
        var figures = await IngestAsync("en", "2024-03-01",
            "Kazakhstan's exports to Turkey reached $4.1 billion in 2023, while exports to Bulgaria totalled $210 million.");

        figures.ShouldHaveSingleItem(NewsItemIngestion.Listed(figures)).Value.ShouldBe(210);
        Single(figures, "exports_kz_to_bg", Period.Year(2023)).Value.ShouldBe(210);
    }

    [Fact]
    public async Task Kazakh_turnover_with_russia_and_bulgarian_turnover_with_greece_are_no_figures_of_the_pair()
    {
        var kazakh = await IngestAsync("kk", "2024-02-01", "2023 жылы Қазақстан мен Ресей арасындағы тауар айналымы 28 млрд доллар болды.");
        kazakh.ShouldBeEmpty(NewsItemIngestion.Listed(kazakh));
        var bulgarian = await IngestAsync("bg", "2024-02-01", "През 2023 г. стокообменът на България с Гърция възлиза на 9 млрд. долара.");
        bulgarian.ShouldBeEmpty(NewsItemIngestion.Listed(bulgarian));
    }

    public void Dispose() => _news.Dispose();
}
