using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A statistics table read as a statistics office prints it: the unit stated once (in the sentence introducing the
/// table, or in a footnote its title points to), rows that are cumulative spans and a single month, a PDF whose
/// columns only the position of the words keeps apart, and a table by goods whose rows are parts of the total row.
/// </summary>
public sealed class StatisticsTableTests : IDisposable
{
    readonly FileIngestion _files = new();

    List<Figure> Figures(string metric) => _files.Store.Figures.All().Where(f => f.Metric == metric).ToList();

    string AllFigures() => string.Join("; ", _files.Store.Figures.All().Select(f => $"{f.Metric} {f.Period} {f.Value}"));

    double? ValueOf(string metric, Period period) =>
        Figures(metric).Where(f => f.Period == period).Select(f => (double?)f.Value).SingleOrDefault();

    [Theory]
    [InlineData("2024 жылғы қаңтар–қараша айларында экспорт 284,8 млн долларды құрады.")]
    [InlineData("2024 г. януари–ноември износът е 284,8 млн. долара.")]
    [InlineData("January–November 2024 — Exports (US$ million): 284.8")]
    public void A_month_range_with_its_year_before_or_after_is_one_period(string text) =>
        PeriodFinder.Find(text, new PartialDate(2025, 2, 14)).Select(f => f.Period).ShouldBe([Period.Months(2024, 1, 11)]);

    [Theory]
    [InlineData("of which December 2024 (single month) — Turnover (million US dollars): 25.4")]
    [InlineData("December 2024 — Turnover (million US dollars): 25.4")]
    [InlineData("декабрь 2024 г. — Товарооборот (млн долларов США): 25,4")]
    [InlineData("декември 2024 г. — Стокообмен (млн. щатски долара): 25,4")]
    public void A_month_with_its_year_as_a_row_label_is_that_month(string text) =>
        PeriodFinder.Find(text, new PartialDate(2025, 2, 14)).Select(f => f.Period).ShouldBe([Period.Months(2024, 12, 12)]);

    [Theory]
    [InlineData("May the sides keep growing trade, said the minister on Tuesday.")]
    [InlineData("The rates stay the same from May onwards.")]
    public void A_month_name_alone_without_a_year_is_no_period(string text) =>
        PeriodFinder.Find(text, new PartialDate(2025, 2, 14)).ShouldBeEmpty();

    [Fact]
    public async Task A_bulgarian_table_by_goods_gives_its_total_row_in_the_unit_its_introduction_states_and_no_good_as_the_total()
    {
        await _files.IngestAsync("profile.html", """
            <html lang="bg"><head><title>Търговия с Казахстан по стоки</title></head>
            <body><article><h1>Търговия с Казахстан по стоки</h1>
            <time datetime="2025-04-02">2 април 2025</time>
            <p>Таблицата представя търговията на България с Казахстан по стоки, в хиляди щатски долара, от гледна точка на България.</p>
            <table>
            <tr><th>Стока</th><th>Български износ 2023</th><th>Български износ 2024</th><th>Български внос 2023</th><th>Български внос 2024</th></tr>
            <tr><td>Лекарства</td><td>31 200</td><td>35 400</td><td>–</td><td>–</td></tr>
            <tr><td>Алуминий</td><td>–</td><td>–</td><td>8 100</td><td>30 700</td></tr>
            <tr><td>Други</td><td>12 000</td><td>14 100</td><td>3 300</td><td>5 200</td></tr>
            <tr><td>Общо</td><td>43 200</td><td>49 500</td><td>11 400</td><td>35 900</td></tr>
            </table>
            <p>Експертите очакват ръст на търговията и през следващата година.</p>
            </article></body></html>
            """);

        ValueOf("exports_bg_to_kz", Period.Year(2023)).ShouldBe(43200, AllFigures());
        ValueOf("exports_bg_to_kz", Period.Year(2024)).ShouldBe(49500, AllFigures());
        ValueOf("exports_kz_to_bg", Period.Year(2024)).ShouldBe(35900, AllFigures());
        // Medicines, aluminium and "other" are parts of the totals, never a competing total.
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 31200 || f.Value == 30700 || f.Value == 12000, AllFigures());
    }

    [Fact]
    public async Task An_english_table_takes_its_unit_from_the_note_under_it()
    {
        await _files.IngestAsync("trade.html", """
            <html lang="en"><head><title>Trade with Bulgaria</title></head>
            <body><article><h1>Trade with Bulgaria</h1>
            <time datetime="2025-03-01">1 March 2025</time>
            <p>The statistics committee has released its yearly figures for Kazakhstan's trade with Bulgaria.</p>
            <table>
            <tr><th>Year</th><th>Exports</th><th>Imports</th></tr>
            <tr><td>2023</td><td>70.1</td><td>25.0</td></tr>
            <tr><td>2024</td><td>303.6</td><td>71.6</td></tr>
            </table>
            <p>Note: values in US$ million; exports f.o.b., imports c.i.f.</p>
            </article></body></html>
            """);

        ValueOf("exports_kz_to_bg", Period.Year(2024)).ShouldBe(303.6, AllFigures());
        Figures("exports_kz_to_bg").Single(f => f.Period == Period.Year(2024)).AbsoluteValue.ShouldBe(303.6e6);
        ValueOf("exports_bg_to_kz", Period.Year(2023)).ShouldBe(25.0, AllFigures());
    }

    [Fact]
    public async Task A_table_whose_neighbouring_paragraph_only_mentions_money_in_passing_gets_no_unit()
    {
        await _files.IngestAsync("census.html", """
            <html lang="en"><head><title>Bulgarians in Kazakhstan</title></head>
            <body><article><h1>Bulgarians in Kazakhstan</h1>
            <time datetime="2025-03-01">1 March 2025</time>
            <p>The community centre in Almaty, renovated for a sum reported in millions of US dollars by local media in a long report last spring, keeps the archive of the census records that are summarised further down on this page.</p>
            <table>
            <tr><th>Year</th><th>Residents</th><th>Schools</th></tr>
            <tr><td>1989</td><td>10 228</td><td>4</td></tr>
            <tr><td>1999</td><td>6 915</td><td>3</td></tr>
            </table>
            </article></body></html>
            """);

        _files.Store.Figures.All().ShouldNotContain(f => f.Unit == "USD", AllFigures());
    }

    [Fact]
    public async Task A_laid_out_text_table_takes_its_unit_from_the_footnote_its_title_points_to()
    {
        await _files.IngestAsync("express.txt", """
            Комитет по статистике
            Экспресс-информация, 12 февраля 2025 г.

            Таблица 1. Торговля Казахстана с Болгарией (1)

            Период                              Товарооборот   Экспорт   Импорт
            январь–ноябрь 2024 г.                      349,8     284,8     65,0
            декабрь 2024 г.                             25,4      18,8      6,6

            Экспорт в основном состоит из сырой нефти.

            (1) млн долларов США.
            """);

        ValueOf("exports_kz_to_bg", Period.Months(2024, 1, 11)).ShouldBe(284.8, AllFigures());
        ValueOf("exports_bg_to_kz", Period.Months(2024, 1, 11)).ShouldBe(65.0, AllFigures());
        ValueOf("turnover", Period.Months(2024, 12, 12)).ShouldBe(25.4, AllFigures());
    }

    [Fact]
    public async Task A_pdf_table_keeps_its_columns_apart_so_each_row_gives_its_cumulative_and_single_month_figures()
    {
        await _files.IngestAsync("release.pdf", OfficeFiles.PdfWithColumns("Mutual trade with Bulgaria",
            "STATISTICS COMMITTEE",
            "Express information, 14 February 2025",
            "",
            "Table 1. Trade of Kazakhstan with Bulgaria, by period (1)",
            "",
            "Period|Turnover|Exports|Imports",
            "January-November 2024 (cumulative)|349.8|284.8|65.0",
            "January-December 2024 (cumulative)|375.2|303.6|71.6",
            "of which December 2024 (single month)|25.4|18.8|6.6",
            "",
            "(1) million US dollars. Exports - f.o.b., imports - c.i.f."));

        ValueOf("exports_kz_to_bg", Period.Months(2024, 1, 11)).ShouldBe(284.8, AllFigures());
        ValueOf("exports_bg_to_kz", Period.Months(2024, 1, 11)).ShouldBe(65.0, AllFigures());
        ValueOf("turnover", Period.Year(2024)).ShouldBe(375.2, AllFigures());
        ValueOf("turnover", Period.Months(2024, 12, 12)).ShouldBe(25.4, AllFigures());
    }

    [Fact]
    public async Task A_table_by_year_whose_columns_are_goods_and_a_total_gives_the_total_as_the_trade_and_no_good_as_it()
    {
        await _files.IngestAsync("bulletin.html", """
            <html lang="ru"><head><title>Торговля по товарным группам</title></head>
            <body><article><h1>Казахстан и Болгария: торговля по товарным группам</h1>
            <time datetime="2025-09-10">10 сентября 2025</time>
            <p><b>Таблица 2. Торговля Казахстана и Болгарии по товарам, млн долларов США</b></p>
            <table>
            <tr><th>Год</th><th>Медь</th><th>Пшеница</th><th>Вино</th><th>Товарооборот, всего</th></tr>
            <tr><td>2021</td><td>3,2</td><td>7,7</td><td>1,1</td><td>140,6</td></tr>
            <tr><td>2022</td><td>4,0</td><td>9,9</td><td>1,4</td><td>166,2</td></tr>
            </table>
            </article></body></html>
            """);

        ValueOf("turnover", Period.Year(2022)).ShouldBe(166.2, AllFigures());
        ValueOf("turnover", Period.Year(2021)).ShouldBe(140.6, AllFigures());
    }

    public void Dispose() => _files.Dispose();
}
