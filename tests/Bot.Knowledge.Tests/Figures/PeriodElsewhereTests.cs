using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// Figures whose period or unit the page puts outside their sentence: a printed reference note's table titled by the
/// line right over it (no gap between that line and the paragraph above, as a PDF sets it), a numbered section heading
/// set right over its text, and a wire's lead that names the period of the take under it but states no figure itself.
/// Each document carries distractors: another direction, another year, another country.
/// </summary>
public sealed class PeriodElsewhereTests : IDisposable
{
    readonly FileIngestion _files = new();

    string AllFigures() => string.Join("; ", _files.Store.Figures.All().Select(f => $"{f.Metric} {f.Period} {f.Value}"));

    List<double> ValuesOf(string metric, Period period) =>
        _files.Store.Figures.All().Where(f => f.Metric == metric && f.Period == period).Select(f => f.Value).ToList();

    [Fact]
    public async Task A_printed_table_takes_its_unit_from_the_title_line_right_over_it_even_with_no_gap_above_that_line()
    {
        await _files.IngestAsync("spravka.txt", """
             ИНФОРМАЦИОННАЯ СПРАВКА
             О торговле Республики Казахстан с Республикой Болгария
             Астана, 5 июня 2025 года

             Справка подготовлена к визиту. Данные Бюро национальной
             статистики и Национального банка.
             1. Динамика взаимной торговли, млн долларов США
               Период                   Товарооборот        Экспорт РК        Импорт РК
               январь–октябрь 2018      165,5               141,5             24,0
               2023                     95,2                …                 …
               январь–ноябрь 2024       349,8               284,8             65,0

             В прошлом году товарооборот вырос в 3,9 раза.
            """);

        ValuesOf("exports_kz_to_bg", Period.Months(2018, 1, 10)).ShouldBe([141.5], AllFigures());
        ValuesOf("exports_bg_to_kz", Period.Months(2018, 1, 10)).ShouldBe([24.0], AllFigures());
        ValuesOf("exports_kz_to_bg", Period.Months(2024, 1, 11)).ShouldBe([284.8], AllFigures());
        // The row's span is its period: nothing of it is a whole year's figure.
        ValuesOf("exports_kz_to_bg", Period.Year(2018)).ShouldBeEmpty(AllFigures());
    }

    [Fact]
    public async Task Prose_wrapped_at_a_columns_width_is_read_as_sentences_not_line_by_line()
    {
        await _files.IngestAsync("byuletin.txt", """
             ТЪРГОВИЯ: ДЕВЕТ МЕСЕЦА

             Според статистиката стокообменът на България с Казахстан
             за януари–септември 2025 г. възлезе на 301,2 млн. долара, а
             износът на Казахстан за България — 250,7 млн. долара, вносът
             от България — 50,5 млн. долара. Основен дял има
             нефтът — 190,4 млн. долара, следван от
             ферросплавите — 21,3 млн. долара.
            """);

        ValuesOf("exports_kz_to_bg", Period.Months(2025, 1, 9)).ShouldBe([250.7], AllFigures());
        ValuesOf("exports_bg_to_kz", Period.Months(2025, 1, 9)).ShouldBe([50.5], AllFigures());
        // A good's value cut from its sentence is no turnover, nor a figure of no period.
        _files.Store.Figures.All().ShouldNotContain(f => f.Metric == "turnover" && f.Value != 301.2, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Period == Period.Unknown, AllFigures());
    }

    [Theory]
    [InlineData("ru", """
        2. Инвестиции
        По данным Национального банка, приток прямых инвестиций из Болгарии в
        Казахстан в 2024 году увеличился на 86,5% – с 4,2 до 7,8 млн долларов. За
        январь–сентябрь 2024 года он составил 6,2 млн долларов. В Казахстане
        зарегистрировано около 60 компаний с болгарским участием.
        """)]
    [InlineData("bg", """
        2. Инвестиции
        По данни на Националната банка преките инвестиции от България в
        Казахстан през 2024 г. са нараснали с 86,5% – от 4,2 до 7,8 млн. долара. За
        януари–септември 2024 г. те са възлизали на 6,2 млн. долара. В Казахстан
        са регистрирани около 60 фирми с българско участие.
        """)]
    public async Task A_numbered_heading_set_right_over_its_text_leaves_each_sentence_its_own_period(string lang, string section)
    {
        await _files.IngestAsync($"note-{lang}.txt", $"""
            Investment note

            Astana, 5 June 2025

            {section}
            """);

        ValuesOf("investment_bg_to_kz", Period.Year(2024)).ShouldBe([7.8], AllFigures());
        ValuesOf("investment_bg_to_kz", Period.Months(2024, 1, 9)).ShouldBe([6.2], AllFigures());
    }

    [Theory]
    [InlineData("wire-en.md", """
        ---
        title: "News wire: Kazakhstan, 12 May 2025"
        date: 2025-05-12
        ---

        **10:15 ASTANA (Wire)** – Trade between Kazakhstan and Bulgaria kept growing in January–April 2025, the Bureau of National Statistics said on Monday.

        Kazakh exports to Bulgaria reached $71.2 million, imports from Bulgaria $12.4 million.

        **10:40 UPDATE** – The bureau added that in 2023 turnover had stood at $95.2 million.

        **11:05 SOFIA (Wire)** – Bulgaria's exports to Turkey in the first quarter of 2025 reached $1.9 billion.
        """)]
    [InlineData("lenta-ru.txt", """
        Лента новостей: Казахстан и Болгария

        Астана, 12 мая 2025 года

        В январе–апреле 2025 года товарооборот Казахстана и Болгарии продолжил расти, сообщило Бюро национальной статистики.

        Экспорт Казахстана в Болгарию составил 71,2 млн долларов, импорт из Болгарии – 12,4 млн долларов.

        В 2023 году товарооборот составлял 95,2 млн долларов.
        """)]
    [InlineData("emisiya-bg.md", """
        ---
        title: "Новинарска емисия: Казахстан, 12 май 2025"
        date: 2025-05-12
        ---

        **10:15 АСТАНА** – Търговията между Казахстан и България продължава да расте през януари–април 2025 г., съобщи статистическото бюро.

        Износът на Казахстан за България е достигнал 71,2 млн. долара, а вносът от България – 12,4 млн. долара.

        **10:40 ДОПЪЛНЕНИЕ** – През 2023 г. стокообменът е бил 95,2 млн. долара.
        """)]
    public async Task A_wire_lead_that_names_the_period_but_no_figure_dates_the_take_under_it(string name, string page)
    {
        await _files.IngestAsync(name, page);

        ValuesOf("exports_kz_to_bg", Period.Months(2025, 1, 4)).ShouldBe([71.2], AllFigures());
        ValuesOf("exports_bg_to_kz", Period.Months(2025, 1, 4)).ShouldBe([12.4], AllFigures());
        ValuesOf("turnover", Period.Year(2023)).ShouldBe([95.2], AllFigures());
        // Never the publication's year for the take, nor the lead's span for the update's own year.
        ValuesOf("exports_kz_to_bg", Period.Year(2025)).ShouldBeEmpty(AllFigures());
        ValuesOf("turnover", Period.Months(2025, 1, 4)).ShouldBeEmpty(AllFigures());
    }

    [Fact]
    public async Task A_lead_that_names_no_measure_dates_no_figure_under_it()
    {
        await _files.IngestAsync("visit-en.md", """
            ---
            title: "News wire: Kazakhstan, 12 May 2025"
            date: 2025-05-12
            ---

            **10:15 ASTANA (Wire)** – The foreign ministers met in Astana in January–April 2025 three times, the ministry said.

            Kazakh exports to Bulgaria reached $71.2 million.
            """);

        ValuesOf("exports_kz_to_bg", Period.Months(2025, 1, 4)).ShouldBeEmpty(AllFigures());
    }

    public void Dispose() => _files.Dispose();
}
