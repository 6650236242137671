using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Figures given in a table, as statistics pages give them: each row is read as a line naming its row header and each
/// cell's column header with the table's unit, so a passage is readable and every figure comes out with the metric of
/// its column and the year of its row.
/// </summary>
public sealed class TableReadingTests : IDisposable
{
    readonly FileIngestion _files = new();

    List<string> Passages() => _files.Passages();

    Figure Single(string metric, int year) => _files.SingleFigure(metric, year);

    [Theory]
    [InlineData("x")]
    [InlineData("..")]
    [InlineData("н/д")]
    [InlineData("…")]
    public async Task A_cell_marked_as_having_no_value_gives_its_row_no_figure(string mark)
    {
        await _files.IngestAsync("trade.html", $"""
            <html lang="en"><head><title>Trade in 2023</title></head>
            <body><article><h1>Trade in 2023</h1>
            <time datetime="2024-02-01">1 February 2024</time>
            <p>The statistics bureau published the turnover of Kazakhstan with Bulgaria for the last two years.</p>
            <table>
            <caption>Kazakhstan's trade with Bulgaria, US$ million</caption>
            <thead><tr><th>Year</th><th>Turnover</th></tr></thead>
            <tbody>
            <tr><td>2022</td><td>{mark}</td></tr>
            <tr><td>2023</td><td>212.4</td></tr>
            </tbody></table>
            </article></body></html>
            """);

        Passages().ShouldNotContain(p => p.Contains(": " + mark, StringComparison.Ordinal));
        _files.Store.Figures.All().ShouldHaveSingleItem().Period.ShouldBe(Period.Year(2023));
    }

    [Fact]
    public async Task An_english_table_with_the_unit_in_its_caption_gives_each_year_its_exports_imports_and_turnover()
    {
        var (result, _) = await _files.IngestAsync("trade.html", """
            <html lang="en"><head><title>Kazakhstan and Bulgaria trade grows</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Kazakhstan and Bulgaria trade grows</h1>
            <time datetime="2025-03-14">14 March 2025</time>
            <p>Trade between Kazakhstan and Bulgaria kept growing over the last three years, according to the national
            statistics bureau. The figures below show the exports of Kazakhstan to Bulgaria and its imports from Bulgaria.</p>
            <table>
            <caption>Kazakhstan's trade with Bulgaria, US$ million</caption>
            <thead><tr><th>Year</th><th>Exports</th><th>Imports</th><th>Turnover</th></tr></thead>
            <tbody>
            <tr><td>2022</td><td>98.2</td><td>61.0</td><td>159.2</td></tr>
            <tr><td>2023</td><td>120.5</td><td>80.1</td><td>200.6</td></tr>
            <tr><td>2024</td><td>150.3</td><td>90.7</td><td>241.0</td></tr>
            </tbody></table>
            <p>The ministry expects trade to keep rising as new transport routes across the Black Sea open to cargo.</p>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        // Each row says what it counts: the caption leads it, its unit goes with every column.
        Passages().ShouldContain("Kazakhstan's trade with Bulgaria — 2023 — Exports (US$ million): 120.5; Imports (US$ million): 80.1; Turnover (US$ million): 200.6");
        Single("turnover", 2023).Value.ShouldBe(200.6);
        Single("turnover", 2024).AbsoluteValue.ShouldBe(241e6);
        Single("exports_kz_to_bg", 2022).Value.ShouldBe(98.2);
        Single("exports_kz_to_bg", 2024).Value.ShouldBe(150.3);
        Single("exports_bg_to_kz", 2023).Value.ShouldBe(80.1);
        _files.Store.Figures.All().Count.ShouldBe(9);
    }

    [Fact]
    public async Task A_bulgarian_table_in_dollars_abbreviated_gives_each_period_its_turnover_exports_and_imports()
    {
        var (result, _) = await _files.IngestAsync("stokoobmen.html", """
            <html lang="bg"><head><title>Стокообменът с Казахстан по години</title></head>
            <body><article><h1>Стокообменът с Казахстан по години</h1>
            <time datetime="2024-02-20">20 февруари 2024</time>
            <p>Данните на митниците показват ръст на търговията с Казахстан през последните години.</p>
            <table>
            <caption>Търговия между България и Казахстан</caption>
            <thead><tr><th>Година</th><th>Стокооборот</th><th>Износ на Казахстан за България</th><th>Внос на Казахстан от България</th></tr></thead>
            <tbody>
            <tr><td>2021 г.</td><td>88,4 млн. щ.д.</td><td>60,1 млн. щ.д.</td><td>28,3 млн. щ.д.</td></tr>
            <tr><td>януари–септември 2023 г.</td><td>132,7 млн. щ.д.</td><td>–</td><td>–</td></tr>
            </tbody></table>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        Single("turnover", 2021).AbsoluteValue.ShouldBe(88.4e6);
        Single("turnover", 2021).Unit.ShouldBe("USD");
        Single("exports_kz_to_bg", 2021).Value.ShouldBe(60.1);
        Single("exports_bg_to_kz", 2021).Value.ShouldBe(28.3);
        _files.Store.Figures.All().ShouldContain(f => f.Metric == "turnover" && f.Value == 132.7 && f.Period.ToString().StartsWith("2023-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_russian_table_inside_a_layout_table_with_a_spanning_header_names_the_unit_in_every_cell()
    {
        var (result, _) = await _files.IngestAsync("torgovlya.html", """
            <html lang="ru"><head><title>Торговля Казахстана и Болгарии</title></head>
            <body><table width="100%"><tr><td>
            <h1>Торговля Казахстана и Болгарии</h1>
            <p>Опубликовано 14 марта 2025</p>
            <p>Товарооборот между Казахстаном и Болгарией за последние годы заметно вырос, сообщает бюро национальной статистики.</p>
            <table border="1">
            <tr><th rowspan="2">Год</th><th colspan="3">Торговля, млн долл. США</th></tr>
            <tr><th>Экспорт</th><th>Импорт</th><th>Товарооборот</th></tr>
            <tr><th scope="row">2023</th><td>120,5</td><td>80,1</td><td>200,6</td></tr>
            <tr><th scope="row">2024</th><td>150,3</td><td></td><td>241,0</td></tr>
            </table>
            <p>Стороны договорились расширять сотрудничество в области транспорта и логистики.</p>
            </td></tr></table></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("Торговля Казахстана и Болгарии");
        var passages = Passages();
        passages.ShouldContain("2023 — Торговля, Экспорт (млн долл. США): 120,5; Торговля, Импорт (млн долл. США): 80,1; Торговля, Товарооборот (млн долл. США): 200,6");
        // An empty cell is left out rather than read as the next column's value.
        passages.ShouldContain("2024 — Торговля, Экспорт (млн долл. США): 150,3; Торговля, Товарооборот (млн долл. США): 241,0");
        passages.ShouldContain(p => p.StartsWith("Товарооборот между Казахстаном", StringComparison.Ordinal));
        Single("turnover", 2024).Value.ShouldBe(241);
        Single("exports_kz_to_bg", 2023).Value.ShouldBe(120.5);
        Single("exports_bg_to_kz", 2023).Value.ShouldBe(80.1);
        _files.Store.Figures.All().Count.ShouldBe(5);
    }

    [Fact]
    public async Task A_table_without_header_cells_takes_its_first_row_as_the_header_and_the_corner_cell_as_the_unit()
    {
        var (result, _) = await _files.IngestAsync("plain.html", """
            <html lang="en"><head><title>Turnover by year</title></head><body><article><h1>Turnover by year</h1>
            <p>Published on 14 March 2025. Mutual trade between Kazakhstan and Bulgaria, as reported by the statistics bureau.</p>
            <table><tr><td>US$ million</td><td>Turnover</td></tr><tr><td>2023</td><td>200.6</td></tr><tr><td>2024</td><td>241.0</td></tr></table>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        Passages().ShouldContain("2024 — Turnover (US$ million): 241.0");
        Single("turnover", 2023).Value.ShouldBe(200.6);
        Single("turnover", 2024).Value.ShouldBe(241);
    }

    [Fact]
    public async Task A_page_laid_out_in_table_cells_of_paragraphs_is_read_as_paragraphs_not_as_a_data_table()
    {
        var (result, _) = await _files.IngestAsync("layout.html", """
            <html lang="en"><head><title>Ministers meet</title></head><body>
            <table><tr>
            <td><p>Menu</p><ul><li><a href="/a">Home</a></li><li><a href="/b">About</a></li></ul></td>
            <td><h1>Ministers meet</h1><p>Published on 14 March 2025.</p>
            <p>In 2024 mutual trade between Kazakhstan and Bulgaria reached $375 million, the ministers said in Astana.</p></td>
            </tr></table></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        Passages().ShouldNotContain(p => p.Contains(" — ", StringComparison.Ordinal));
        Single("turnover", 2024).Value.ShouldBe(375);
    }

    [Fact]
    public async Task A_bulgarian_markdown_pipe_table_is_read_row_by_row_with_its_headers()
    {
        var (result, _) = await _files.IngestAsync("stokoobmen.md", """
            ---
            title: Стокообмен между България и Казахстан
            date: 2025-03-14
            lang: bg
            ---

            Стокообменът между България и Казахстан расте през последните години, съобщи статистическият институт.

            Table: Стокообмен по години, млн. щатски долара
            | Година | Износ | **Внос** | Стокообмен |
            |--------|------:|-----:|------:|
            | 2023 | 80,1 | 120,5 | 200,6 |
            | 2024 | 90,7 | 150,3 | 241,0 |

            Двете страни ще разширят сътрудничеството в транспорта.
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain("Стокообмен по години — 2024 — Износ (млн. щатски долара): 90,7; Внос (млн. щатски долара): 150,3; Стокообмен (млн. щатски долара): 241,0");
        passages.ShouldNotContain(p => p.Contains('|'));
        Single("turnover", 2023).Value.ShouldBe(200.6);
        Single("turnover", 2024).Value.ShouldBe(241);
    }

    /// <summary>
    /// A two-column year/value table whose caption gives the unit and then a note ("USD million (Kazakh statistics)",
    /// "млн долларов США (по данным КГД)"): the note is no part of the unit, and every row is its year's turnover.
    /// </summary>
    [Fact]
    public async Task A_year_value_table_with_a_note_after_the_unit_in_its_caption_gives_each_year_its_turnover()
    {
        await _files.IngestAsync("embassy.html", """
            <html lang="en"><head><title>Cooperation</title></head>
            <body><article><h1>Bilateral cooperation</h1>
            <time datetime="2025-09-10">10 September 2025</time>
            <p>Relations between the two countries cover politics, trade and culture.</p>
            <table><caption>Bilateral trade turnover, USD million (Kazakh statistics)</caption>
            <thead><tr><th>Year</th><th>Turnover</th></tr></thead>
            <tbody><tr><td>2013</td><td>163.5</td></tr><tr><td>2015</td><td>112.9</td></tr></tbody></table>
            </article></body></html>
            """);
        await _files.IngestAsync("tovarooborot.md", """
            ---
            title: Торговля с Болгарией
            date: 2020-02-01
            lang: ru
            ---

            Казахстан и Болгария развивают торговые связи.

            Table: Товарооборот Казахстана и Болгарии, млн долларов США (по данным КГД)
            | Год | Товарооборот |
            |-----|------:|
            | 2017 | 204,8 |
            | 2018 | 221,3 |
            """);

        Single("turnover", 2013).Value.ShouldBe(163.5);
        Single("turnover", 2015).Value.ShouldBe(112.9);
        Single("turnover", 2017).Value.ShouldBe(204.8);
        Single("turnover", 2018).Value.ShouldBe(221.3);
        Passages().ShouldContain(p => p.Contains("Turnover (USD million): 163.5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_row_of_a_captioned_table_says_what_it_counts()
    {
        var (result, _) = await _files.IngestAsync("community.html", """
            <html lang="en"><head><title>The Bulgarian community of Kazakhstan</title></head><body>
            <article><h1>The Bulgarian community of Kazakhstan</h1><time datetime="2024-05-20">20 May 2024</time>
            <p>The Bulgarian community of Kazakhstan goes back to the deportations of the last century, the embassy recalled at the festival.</p>
            <table><caption>Bulgarians in Kazakhstan by census</caption>
            <thead><tr><th>Census</th><th>Number</th></tr></thead>
            <tbody><tr><td>1989</td><td>10,228</td></tr><tr><td>1999</td><td>6,915</td></tr></tbody></table>
            <h3>Болгары в Казахстане по переписям</h3>
            <div class="table-responsive"><table><tr><th>Год</th><th>Человек</th></tr><tr><td>2009</td><td>4 523</td></tr><tr><td>2021</td><td>3 125</td></tr></table></div>
            </article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain("Bulgarians in Kazakhstan by census — 1999 — Number: 6,915");
        // A table without a caption is titled by the heading right before it, which stays a line of its own.
        passages.ShouldContain("Болгары в Казахстане по переписям — 2009 — Человек: 4 523");
        passages.ShouldContain("Болгары в Казахстане по переписям");
    }

    [Fact]
    public async Task A_markdown_table_under_a_heading_carries_the_heading_into_its_rows()
    {
        var (result, _) = await _files.IngestAsync("community.md", """
            ---
            title: Българската общност в Казахстан
            date: 2024-05-20
            ---

            Българската общност в Казахстан води началото си от депортациите през миналия век.

            ### Българи в Казахстан по преброявания

            | Година | Души |
            |---|---|
            | 1989 | 10 228 |
            | 1999 | 6 915 |
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        Passages().ShouldContain("Българи в Казахстан по преброявания — 1999 — Души: 6 915");
    }

    public void Dispose() => _files.Dispose();
}
