using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;
using static Bot.TestKit.OfficeFiles;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// Tables in Word files, as ministries send statistics: each row is read as one line with its headers and unit, as a
/// table on a web page is, so every figure keeps the metric of its column and the year of its row.
/// </summary>
public sealed class WordTableTests : IDisposable
{
    readonly FileIngestion _files = new();

    List<string> Passages() => _files.Passages();

    Figure Single(string metric, int year) => _files.SingleFigure(metric, year);

    [Fact]
    public async Task An_english_word_table_with_a_header_row_and_a_caption_gives_each_year_its_exports_and_imports()
    {
        var (result, _) = await _files.IngestAsync("trade.docx", Docx("Kazakhstan and Bulgaria trade grows",
            Para("Sofia, 14 March 2025 - Trade between Kazakhstan and Bulgaria kept growing, the statistics bureau said."),
            Para("Kazakhstan's trade with Bulgaria, US$ million", "Caption"),
            Table(1,
                Row("Year", "Exports", "Imports", "Turnover"),
                Row("2023", "120.5", "80.1", "200.6"),
                Row("2024", "150.3", "90.7", "241.0")),
            Para("The ministry expects trade to keep rising.")));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain("Kazakhstan's trade with Bulgaria — 2023 — Exports (US$ million): 120.5; Imports (US$ million): 80.1; Turnover (US$ million): 200.6");
        passages.ShouldNotContain("120.5");
        // The caption is read once into each row, not kept beside them as a line of its own.
        passages.Count(p => p.StartsWith("Kazakhstan's trade with Bulgaria", StringComparison.Ordinal)).ShouldBe(2);
        Single("exports_kz_to_bg", 2023).Value.ShouldBe(120.5);
        Single("exports_bg_to_kz", 2024).Value.ShouldBe(90.7);
        Single("turnover", 2024).AbsoluteValue.ShouldBe(241e6);
    }

    [Fact]
    public async Task A_russian_word_table_with_years_as_columns_gives_one_line_per_year_as_the_same_table_on_a_page_does()
    {
        string[][] rows =
        [
            ["Показатель", "2023", "2024"],
            ["Экспорт, млн долл. США", "120,5", "150,3"],
            ["Импорт, млн долл. США", "80,1", "90,7"],
        ];
        var (result, _) = await _files.IngestAsync("torgovlya.docx", Docx("Торговля Казахстана и Болгарии",
            Para("Астана, 14 марта 2025 года. Торговля между Казахстаном и Болгарией заметно выросла."),
            Table(0, rows.Select(r => Row(r)).ToArray())));
        var html = string.Join("", rows.Select(r => "<tr>" + string.Join("", r.Select(c => $"<td>{c}</td>")) + "</tr>"));
        await _files.IngestAsync("torgovlya.html", $"""
            <html lang="ru"><head><title>Торговля по годам</title></head><body><article><h1>Торговля по годам</h1>
            <p>Опубликовано 15 марта 2025. Торговля между Казахстаном и Болгарией заметно выросла за два года.</p>
            <table>{html}</table></article></body></html>
            """);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var line = "2024 — Экспорт (млн долл. США): 150,3; Импорт (млн долл. США): 90,7";
        Passages().Count(p => p == line).ShouldBe(2);
        _files.Store.Figures.All().Where(f => f.Metric == "exports_kz_to_bg" && f.Period == Period.Year(2023))
            .ShouldAllBe(f => f.Value == 120.5);
        _files.Store.Figures.All().Count(f => f.Metric == "exports_bg_to_kz" && f.Period == Period.Year(2024) && f.Value == 90.7).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_bulgarian_word_table_with_merged_header_cells_names_the_spanning_header_and_the_unit_in_every_cell()
    {
        var (result, _) = await _files.IngestAsync("stokoobmen.docx", Docx("Стокообмен между България и Казахстан",
            Para("София, 14 март 2025 г. Стокообменът между България и Казахстан расте, съобщи статистическият институт."),
            Table(2,
                Row(Cell("Година", merge: "restart"), Cell("Търговия, млн. щатски долара", span: 3)),
                Row(Cell("", merge: "continue"), Cell("Износ"), Cell("Внос"), Cell("Стокообмен")),
                Row("2023", "80,1", "120,5", "200,6"),
                Row(Cell("2024"), Cell("90,7", span: 2), Cell("241,0")))));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain("2023 — Търговия, Износ (млн. щатски долара): 80,1; Търговия, Внос (млн. щатски долара): 120,5; Търговия, Стокообмен (млн. щатски долара): 200,6");
        // A value spanning two columns is stated once, under the first.
        passages.ShouldContain("2024 — Търговия, Износ (млн. щатски долара): 90,7; Търговия, Стокообмен (млн. щатски долара): 241,0");
        Single("turnover", 2024).Value.ShouldBe(241);
    }

    [Fact]
    public async Task A_kazakh_word_page_laid_out_in_a_table_reads_its_prose_as_paragraphs_and_its_nested_table_by_rows()
    {
        var prose = "Астана, 14 наурыз 2025 жыл. Қазақстан мен Болгария арасындағы сауда соңғы жылдары айтарлықтай өсті, деп хабарлады ұлттық статистика бюросы. Екі ел көлік және логистика саласындағы ынтымақтастықты кеңейтуге келісті.";
        var (result, _) = await _files.IngestAsync("sauda.docx", Docx("Қазақстан мен Болгария саудасы",
            Table(0, Row(
                Cell(Para(prose), Para("Тараптар жаңа бағыттар ашуды талқылады.")),
                Cell(Para("Сауда, млн доллар"), Table(0,
                    Row("Жыл", "Экспорт", "Импорт"),
                    Row("2024", "150,3", "90,7")))))));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        passages.ShouldContain(p => p.StartsWith("Астана, 14 наурыз 2025 жыл.", StringComparison.Ordinal));
        passages.ShouldContain("Тараптар жаңа бағыттар ашуды талқылады.");
        // The short line over the table states its unit, as a unit line over an HTML table does.
        passages.ShouldContain("2024 — Экспорт (млн доллар): 150,3; Импорт (млн доллар): 90,7");
        passages.ShouldNotContain("Жыл");
    }

    [Fact]
    public async Task A_bulgarian_word_programme_with_a_long_event_cell_reads_each_row_as_one_record_with_its_venue()
    {
        var opening = "Официално откриване на Дните на казахстанската култура. Приветствия на министъра на културата на Република България "
            + "и на министъра на културата и информацията на Република Казахстан. Концерт на ансамбъла за народни песни и танци „Сарыарка“ "
            + "с участието на солисти на Казахската национална опера.";
        var (result, _) = await _files.IngestAsync("programa.docx", Docx("Програма на Дните на казахстанската култура",
            Para("Програма на Дните на казахстанската култура в България, 6–9 октомври 2025 г."),
            Table(0,
                Row("Дата", "Час", "Събитие", "Място"),
                Row("6 октомври", "19:00", opening, "гр. София, зала „България“"),
                Row("8 октомври", "11:00", "Среща с казахстанската общност в Пловдив", "гр. Пловдив, читалище „Христо Г. Данов“"))));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = Passages();
        // A grid under a row of short column names is a table of records, however long one record's description runs.
        passages.ShouldContain("6 октомври — Час: 19:00; Събитие: " + opening + "; Място: гр. София, зала „България“");
        passages.ShouldContain("8 октомври — Час: 11:00; Събитие: Среща с казахстанската общност в Пловдив; Място: гр. Пловдив, читалище „Христо Г. Данов“");
        passages.ShouldNotContain("Място");
    }

    public void Dispose() => _files.Dispose();
}
