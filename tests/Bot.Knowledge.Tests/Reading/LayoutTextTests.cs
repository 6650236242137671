using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Reading;

/// <summary>
/// A ministry note saved as text by pdftotext -layout: columns aligned with spaces, words hyphenated at line ends,
/// a letterhead and page footers on every page, the page's address on a "Source:" line. Read as a reader sees it.
/// </summary>
public sealed class LayoutTextTests : IDisposable
{
    readonly FileIngestion _files = new();

    static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    static readonly string RussianNote = Lines(
        "                 МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН",
        "",
        "          Справка о торгово-экономическом сотрудничестве Казахстана и Болгарии",
        "",
        "     Товарооборот между Республикой Казахстан и Республикой Болгария по итогам",
        "2024 года со-",
        "ставил 375,2 млн долларов США, что на 12 процентов больше, чем годом ранее.",
        "",
        "     Торговля Казахстана с Болгарией",
        "                                                        млн долларов США",
        "     Год             Экспорт        Импорт        Товаро-",
        "                                                 оборот",
        "     2022              250,1          60,4         310,5",
        "     2023               60,3          34,9          95,2",
        "     2024              300,4          74,8         375,2",
        "",
        "Источник: https://www.gov.kz/memleket/entities/mfa/press/article/details/123456",
        "",
        "                                                              стр. 1 из 2",
        "\f                 МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ КАЗАХСТАН",
        "",
        "     В 2024 году в Болгарии работали 14 предприятий с казахстанским капита-",
        "лом, в основном в сфере логистики и торговли зерном.",
        "",
        "                                                              стр. 2 из 2");

    [Fact]
    public async Task Every_row_of_a_column_table_gives_its_figures_under_the_tables_title_and_unit()
    {
        var (result, _) = await _files.IngestAsync("spravka.txt", RussianNote);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Passages().ShouldContain("Торговля Казахстана с Болгарией — 2023 — Экспорт (млн долларов США): 60,3; Импорт (млн долларов США): 34,9; Товарооборот (млн долларов США): 95,2");
        _files.SingleFigure("exports_kz_to_bg", 2022).Value.ShouldBe(250.1);
        _files.SingleFigure("turnover", 2023).AbsoluteValue.ShouldBe(95.2e6);
        _files.SingleFigure("exports_bg_to_kz", 2024).Value.ShouldBe(74.8);
    }

    [Fact]
    public async Task Words_broken_at_line_ends_are_whole_and_letterheads_and_page_footers_are_not_text()
    {
        var (result, row) = await _files.IngestAsync("spravka.txt", RussianNote);

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages();
        passages.ShouldContain(p => p.Contains("2024 года составил 375,2 млн долларов США"));
        passages.ShouldContain(p => p.StartsWith("В 2024 году в Болгарии работали 14 предприятий с казахстанским капиталом, в основном"));
        passages.ShouldNotContain(p => p.Contains("стр. 1") || p.Contains("МИНИСТЕРСТВО"));
        // The letterhead names the sender; the title is the line after it. The "Источник:" line gives the address.
        row!.Title.ShouldBe("Справка о торгово-экономическом сотрудничестве Казахстана и Болгарии");
        row.Url.ShouldBe("https://www.gov.kz/memleket/entities/mfa/press/article/details/123456");
    }

    [Fact]
    public async Task A_compound_the_text_writes_with_a_hyphen_keeps_it_when_broken_at_a_line_end()
    {
        var (result, _) = await _files.IngestAsync("note.txt", Lines(
            "Kazakh-Bulgarian trade talks",
            "",
            "     The Kazakh-Bulgarian intergovernmental commission met in Sofia. The intergo-",
            "vernmental commission agreed to expand cooperation in logistics. The Kazakh-",
            "Bulgarian business council will meet in Almaty, its first meeting since 2019."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.Passages().ShouldContain(p => p.Contains("The intergovernmental commission agreed") && p.Contains("The Kazakh-Bulgarian business council"));
    }

    [Fact]
    public async Task A_table_of_goods_with_a_numbered_title_and_a_share_column_is_read_row_by_row()
    {
        var (result, row) = await _files.IngestAsync("mti-note.txt", Lines(
            "                    MINISTRY OF TRADE AND INTEGRATION OF THE REPUBLIC OF KAZAKHSTAN",
            "",
            "                 Information note on trade with the Republic of Bulgaria",
            "",
            "     In the first half of 2025 the trade between Kazakhstan and Bulgaria reached",
            "US$ 190.4 million. The main export goods were crude oil, ferroalloys and wheat.",
            "",
            "     Table 1. Main export goods of Kazakhstan to Bulgaria, January-June 2025",
            "                                                  thousand US dollars",
            "     Product                        Value          Share, %",
            "     Crude oil                    152,300.5          80.0",
            "     Ferroalloys                   18,420.1           9.7",
            "     Wheat                          9,015.0           4.7",
            "",
            "Source: https://www.gov.kz/memleket/entities/mti/press/news/details/98765",
            "                                                              Page 1 of 1"));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        var passages = _files.Passages();
        passages.ShouldContain("Main export goods of Kazakhstan to Bulgaria, January-June 2025 — Wheat — Value (thousand US dollars): 9,015.0; Share, %: 4.7");
        passages.ShouldNotContain(p => p.Contains("Page 1"));
        row!.Title.ShouldBe("Information note on trade with the Republic of Bulgaria");
        row.Url.ShouldBe("https://www.gov.kz/memleket/entities/mti/press/news/details/98765");
    }

    [Fact]
    public async Task A_table_with_years_as_columns_gives_each_year_its_figure()
    {
        var (result, _) = await _files.IngestAsync("stokoobmen.txt", Lines(
            "Стокообмен между България и Казахстан",
            "",
            "     Данните на НСИ показват ръст на стокообмена през последните три години.",
            "",
            "     Показател                 2022        2023        2024",
            "     Стокообмен, млн. щатски   310,5        95,2       375,2",
            "     долара",
            "     Износ                      60,4        34,9        74,8"));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.SingleFigure("turnover", 2023).Value.ShouldBe(95.2);
        _files.SingleFigure("turnover", 2024).Value.ShouldBe(375.2);
    }

    [Fact]
    public async Task A_title_centred_under_a_letterhead_in_one_block_titles_the_note()
    {
        var (result, row) = await _files.IngestAsync("zapiska.txt", Lines(
            "                 МИНИСТЕРСТВО ТОРГОВЛИ И ИНТЕГРАЦИИ",
            "                      РЕСПУБЛИКИ КАЗАХСТАН",
            "          Информационная записка о торговле",
            "                   с Республикой Болгария",
            "",
            "     В первом полугодии 2025 года товарооборот Казахстана и Болгарии составил 190,4 млн долларов США."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("Информационная записка о торговле с Республикой Болгария");
    }

    [Fact]
    public async Task A_headline_in_capitals_above_a_byline_stays_the_title()
    {
        var (result, row) = await _files.IngestAsync("wire.txt", Lines(
            "KAZMUNAYGAS ENTERS RACE FOR BURGAS REFINERY",
            "Energy wire | 9 January 2025 | Source: https://example.org/news/kmg-burgas",
            "",
            "Kazakhstan's state oil and gas company KazMunayGas has put in an offer for the Burgas refinery, the agency reported."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        row!.Title.ShouldBe("KAZMUNAYGAS ENTERS RACE FOR BURGAS REFINERY");
        row.Url.ShouldBe("https://example.org/news/kmg-burgas");
    }

    [Fact]
    public async Task A_table_ruled_off_from_its_header_gives_every_row_its_figures_with_the_row_period()
    {
        // A printed table with a dashed rule under its header and under its last row, the unit in brackets above it,
        // and rows named by periods, some of them months of a year.
        var (result, _) = await _files.IngestAsync("obzor.txt", Lines(
            "              Обзор торговли Казахстана с Болгарией",
            "",
            "     Ниже приведены данные о торговле двух стран.",
            "",
            "     3. Торговля по периодам",
            "                                                    (млн долл. США)",
            "     Период                   Товаро-       Экспорт      Импорт",
            "                              оборот        РК           РК",
            "     --------------------------------------------------------------",
            "     2019 г.                  140,2         –            –",
            "     январь–июнь 2021 г.       88,7         70,1         18,6",
            "     2021 г.                  201,4         160,0        41,4",
            "     --------------------------------------------------------------",
            "     Источник: данные статистики.",
            "",
            "     В 2021 году торговля заметно выросла."));

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        _files.SingleFigure("turnover", 2019).Value.ShouldBe(140.2);
        _files.SingleFigure("turnover", 2021).AbsoluteValue.ShouldBe(201.4e6);
        _files.SingleFigure("exports_kz_to_bg", 2021).Value.ShouldBe(160.0);
        var figures = _files.Store.Figures.All();
        figures.ShouldContain(f => f.Metric == "exports_kz_to_bg" && f.Period == Period.Months(2021, 1, 6) && f.Value == 70.1);
        figures.ShouldContain(f => f.Metric == "turnover" && f.Period == Period.Months(2021, 1, 6) && f.Value == 88.7);
        _files.Passages().ShouldContain(p => p.StartsWith("Торговля по периодам — январь–июнь 2021 г. — Товарооборот (млн долл. США): 88,7"));
        _files.Passages().ShouldNotContain(p => p.Contains("-----"));
    }

    public void Dispose() => _files.Dispose();
}
