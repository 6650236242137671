using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// Figures whose period, metric or unit stands only in the line over them: a section heading ("## 2024"), a slide's or
/// fact sheet's title over verbless "period – value" lines, a parent line over a sub-item ("KZ exports: …" then "- crude
/// oil: …"), a series of "year – value" pairs on one line with thin-space thousands. Near misses: a dateline's day dates
/// no figure, a sub-item naming no good of its own is no total, a forecast is no figure.
/// </summary>
public sealed class TitledFigureTests : IDisposable
{
    readonly FileIngestion _files = new();

    string AllFigures() => string.Join("; ", _files.Store.Figures.All().Select(f => $"{f.Metric} {f.Period} {f.Value}"));

    double? ValueOf(string metric, Period period) =>
        _files.Store.Figures.All().Where(f => f.Metric == metric && f.Period == period).Select(f => (double?)f.Value).FirstOrDefault();

    [Fact]
    public async Task A_section_heading_dates_the_figures_under_it_that_name_no_period()
    {
        await _files.IngestAsync("decade.md", """
            ---
            title: "Ten years of ties"
            date: 2025-07-02
            ---

            The relationship was thin a decade ago.

            ## 2024: the fourfold year

            Then the curve broke. The ministry counted USD 375.2 million of bilateral trade, 3.9 times the previous year's figure.

            Kazakh exports to Bulgaria rose elevenfold, to USD 303.6 million, and within them crude oil grew 48-fold, to USD 242.2 million.

            ## What the optimists say

            Analysts believe turnover could double again and reach USD 750 million as early as 2026.
            """);

        ValueOf("turnover", Period.Year(2024)).ShouldBe(375.2, AllFigures());
        ValueOf("exports_kz_to_bg", Period.Year(2024)).ShouldBe(303.6, AllFigures());
        ValueOf("oil_exports_kz_to_bg", Period.Year(2024)).ShouldBe(242.2, AllFigures());
        // The forecast is no figure of 2026, nor of the year the heading above it named.
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 750, AllFigures());
    }

    [Fact]
    public async Task A_bulgarian_title_line_dates_the_paragraph_under_it_but_a_dateline_does_not()
    {
        await _files.IngestAsync("targovia.txt", """
            Търговията с Казахстан

            София, 15 март 2024 г.

            Стокообменът между двете страни възлиза на 95,2 млн. щатски долара.

            Търговията през 2023 г.

            Износът на Казахстан за България е 70,1 млн. щатски долара.
            """);

        // The dateline's March is the report's day, not the figure's period; the title "през 2023 г." dates the export.
        _files.Store.Figures.All().ShouldNotContain(f => f.Period == Period.Months(2024, 3, 3), AllFigures());
        ValueOf("exports_kz_to_bg", Period.Year(2023)).ShouldBe(70.1, AllFigures());
    }

    [Fact]
    public async Task Verbless_slide_lines_take_metric_and_unit_from_their_title()
    {
        await _files.IngestAsync("slides.txt", """
            Trade snapshot, June 2025

            1. Bilateral turnover, USD mn

            2013 – 163.5
            Jan–Nov 2024 – 349.8 (x3.9 y/y)
            Q1 2025 – 66.6 (~x2 vs Q1 2024)
            9M 2024 – 250.1
            Source: Ministry of Trade and Integration
            """);

        ValueOf("turnover", Period.Year(2013)).ShouldBe(163.5, AllFigures());
        ValueOf("turnover", Period.Months(2024, 1, 11)).ShouldBe(349.8, AllFigures());
        ValueOf("turnover", Period.Quarter(2025, 1)).ShouldBe(66.6, AllFigures());
        ValueOf("turnover", Period.Months(2024, 1, 9)).ShouldBe(250.1, AllFigures());
    }

    [Fact]
    public async Task A_russian_block_opened_by_its_own_title_reads_its_lines()
    {
        await _files.IngestAsync("spravka.txt", """
            Справка

            Товарооборот, млн долларов США
            2015 г. — 112,9
            январь–октябрь 2018 г. — 165,5
            """);

        ValueOf("turnover", Period.Year(2015)).ShouldBe(112.9, AllFigures());
        ValueOf("turnover", Period.Months(2018, 1, 10)).ShouldBe(165.5, AllFigures());
    }

    [Fact]
    public async Task A_lines_without_a_title_naming_a_metric_state_nothing()
    {
        await _files.IngestAsync("dates.txt", """
            Fact sheet

            Key dates

            1992 – 5 June
            2013 – 163.5
            """);

        _files.Store.Figures.All().ShouldBeEmpty(AllFigures());
    }

    [Fact]
    public async Task A_sub_item_is_the_component_it_names_and_a_good_no_metric_counts_is_never_the_total()
    {
        await _files.IngestAsync("structure.txt", """
            Справка о сотрудничестве

            2. Структура торговли, 2024

            Экспорт Казахстана в Болгарию: 303,6 млн долл.
            - нефть: 242,2 млн долл.
            - алюминий: 30,1 млн долл.
            Импорт Казахстана из Болгарии: 71,6 млн долл.
            """);

        ValueOf("exports_kz_to_bg", Period.Year(2024)).ShouldBe(303.6, AllFigures());
        ValueOf("oil_exports_kz_to_bg", Period.Year(2024)).ShouldBe(242.2, AllFigures());
        ValueOf("exports_bg_to_kz", Period.Year(2024)).ShouldBe(71.6, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 30.1, AllFigures());
    }

    [Fact]
    public async Task A_kazakh_bulleted_fact_sheet_reads_sub_items_under_their_year_and_a_census_series_with_thin_spaces()
    {
        await _files.IngestAsync("anyqtama.txt", """
            Анықтама

            4. Сауда (млн АҚШ доллары)

            • 2024 – 375,2 (шамамен 176 млрд теңге)

            – ҚР экспорты – 303,6 ↑ 11 есе

            – ҚР импорты – 71,6 ↑ 5,5 %

            • 2024 ж. 11 айы – 349\u2009800 мың АҚШ доллары

            5. Болгар диаспорасы (санақтар)

            • 1989 – 10\u2009228; 1999 – 6\u2009915; 2009 – 4\u2009523
            """.Replace("\\u2009", "\u2009", StringComparison.Ordinal));

        ValueOf("turnover", Period.Year(2024)).ShouldBe(375.2, AllFigures());
        ValueOf("exports_kz_to_bg", Period.Year(2024)).ShouldBe(303.6, AllFigures());
        ValueOf("exports_bg_to_kz", Period.Year(2024)).ShouldBe(71.6, AllFigures());
        // Thousands of dollars under a title in millions: the line's own unit, never 349,800 million.
        _files.Store.Figures.All().Where(f => f.Metric == "turnover" && f.Period == Period.Months(2024, 1, 11)).ShouldAllBe(f => Math.Abs(f.AbsoluteValue - 349.8e6) < 1, AllFigures());
        ValueOf("diaspora_bg_in_kz", Period.Year(1999)).ShouldBe(6915, AllFigures());
        ValueOf("diaspora_bg_in_kz", Period.Year(2009)).ShouldBe(4523, AllFigures());
        // The tenge aside is the same amount, not a second figure.
        _files.Store.Figures.All().ShouldNotContain(f => f.Unit == "KZT", AllFigures());
    }

    [Fact]
    public async Task A_russian_census_line_with_no_break_spaces_is_a_series_of_counts()
    {
        await _files.IngestAsync("perepis.txt", "Справка\n\nЧисленность болгар (переписи)\n\n1989 — 10\u00A0228; 1999 — 6\u00A0915\n");

        ValueOf("diaspora_bg_in_kz", Period.Year(1999)).ShouldBe(6915, AllFigures());
    }

    [Theory]
    [InlineData("2024 жылдың бірінші жартыжылдығында тауар айналымы қанша болды?")]
    [InlineData("Какъв е стокообменът през първото полугодие на 2024 г.?")]
    [InlineData("Каким был товарооборот в первом полугодии 2024 года?")]
    [InlineData("2024 жылдың бірінші жартысында Болгарияға қанша астық экспортталды?")]
    [InlineData("Какъв е износът на зърно през първата половина на 2024 г.?")]
    [InlineData("Сколько зерна вывезли в первой половине 2024 года?")]
    public void A_half_year_with_its_year_before_or_after_it_is_that_half_not_the_whole_year(string question) =>
        Bot.Knowledge.Extraction.PeriodFinder.Find(question, null, openYear: true).Select(f => f.Period).ShouldContain(Period.Months(2024, 1, 6));

    public void Dispose() => _files.Dispose();
}
