using Bot.Knowledge.Model;
using Bot.Knowledge.Tests.Reading;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A statistical release's trade table, whatever its layout (an HTML table, a Markdown pipe table under a bold title, a
/// text layer whose columns are runs of spaces) and language: each cell is a figure of its row's metric, its column's
/// year and the caption's unit; a "change, %" column is no year's value; a balance row is the trade balance, never
/// turnover or imports; a table of another partner ("… with Romania", "… с Узбекистан") gives nothing.
/// </summary>
public sealed class TradeTableTests : IDisposable
{
    readonly FileIngestion _files = new();

    string AllFigures() => string.Join("; ", _files.Store.Figures.All().Select(f => $"{f.Metric} {f.Period} {f.Value}"));

    double? ValueOf(string metric, int year) =>
        _files.Store.Figures.All().Where(f => f.Metric == metric && f.Period == Period.Year(year)).Select(f => (double?)f.Value).SingleOrDefault();

    [Fact]
    public async Task An_english_release_table_by_year_gives_each_cell_and_neither_its_change_column_nor_another_partners_table()
    {
        await _files.IngestAsync("release.html", """
            <html lang="en"><head><title>Kazakhstan's trade with Bulgaria, 2022–2024</title></head><body>
            <h1>Kazakhstan's trade with Bulgaria, 2022–2024</h1>
            <p>Astana, 14 March 2025. The Bureau of National Statistics published its annual release on foreign trade.</p>
            <table><caption>Table 2. Kazakhstan's trade with Bulgaria, thousand US dollars</caption>
            <thead><tr><th>Indicator</th><th>2022</th><th>2023</th><th>2024</th><th>2024 to 2023, %</th></tr></thead>
            <tbody>
            <tr><td>Turnover</td><td>181 402,3</td><td>95 217,8</td><td>375 204,6</td><td>394,0</td></tr>
            <tr><td>Exports</td><td>150 110,0</td><td>27 600,1</td><td>303 612,4</td><td>1100,1</td></tr>
            <tr><td>Imports</td><td>31 292,3</td><td>67 617,7</td><td>71 592,2</td><td>105,9</td></tr>
            <tr><td>Balance</td><td>118 817,7</td><td>-40 017,6</td><td>232 020,2</td><td>x</td></tr>
            </tbody></table>
            <table><caption>Table 3. Kazakhstan's trade with Romania, thousand US dollars</caption>
            <thead><tr><th>Indicator</th><th>2022</th><th>2023</th><th>2024</th></tr></thead>
            <tbody>
            <tr><td>Turnover</td><td>911 000,0</td><td>822 000,0</td><td>777 000,0</td></tr>
            <tr><td>Exports</td><td>611 000,0</td><td>522 000,0</td><td>477 000,0</td></tr>
            </tbody></table>
            </body></html>
            """);

        ValueOf("exports_kz_to_bg", 2024).ShouldBe(303612.4, AllFigures());
        ValueOf("exports_bg_to_kz", 2023).ShouldBe(67617.7, AllFigures());
        ValueOf("turnover", 2022).ShouldBe(181402.3, AllFigures());
        ValueOf("trade_balance", 2024).ShouldBe(232020.2, AllFigures());
        _files.Store.Figures.All().Single(f => f.Metric == "turnover" && f.Period == Period.Year(2024)).AbsoluteValue.ShouldBe(375204600, 1);
        // The change column (394.0, 1100.1, 105.9) and Romania's table (911 000 …) state nothing of Kazakhstan–Bulgaria.
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 394 || f.Value == 1100.1 || f.Value == 105.9, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Value >= 477000, AllFigures());
    }

    [Fact]
    public async Task A_russian_markdown_table_under_a_bold_title_takes_its_unit_from_the_title_and_reads_the_balance_as_a_balance()
    {
        await _files.IngestAsync("torgovlya.md", """
            ---
            title: "Внешняя торговля Казахстана с Болгарией"
            date: 2025-04-02
            ---
            # Внешняя торговля Республики Казахстан с Республикой Болгария

            Бюро национальной статистики опубликовало данные о взаимной торговле.

            **Торговля Казахстана с Болгарией, тыс. долл. США**

            | Показатель | 2023 | 2024 | 2024 к 2023, % |
            |---|---|---|---|
            | Товарооборот | 95 217,8 | 375 204,6 | 394,0 |
            | Экспорт | 27 600,1 | 303 612,4 | 1100,1 |
            | Импорт | 67 617,7 | 71 592,2 | 105,9 |
            | Сальдо | -40 017,6 | 232 020,2 | x |
            """);

        ValueOf("turnover", 2024).ShouldBe(375204.6, AllFigures());
        ValueOf("exports_kz_to_bg", 2023).ShouldBe(27600.1, AllFigures());
        ValueOf("exports_bg_to_kz", 2024).ShouldBe(71592.2, AllFigures());
        ValueOf("trade_balance", 2024).ShouldBe(232020.2, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 394 || f.Value == 1100.1 || f.Value == 105.9, AllFigures());
    }

    [Fact]
    public async Task A_bulgarian_text_table_of_bulgarias_trade_reads_its_exports_as_bulgarian_and_skips_the_uzbek_table()
    {
        await _files.IngestAsync("nsi.txt", """
            НАЦИОНАЛЕН СТАТИСТИЧЕСКИ ИНСТИТУТ
            София, 20 февруари 2025 г.

            Търговия на България с Казахстан

            Таблица 1. Външна търговия на България с Казахстан, хил. щ.д.

               Показател              2023          2024      Изменение, %
               Износ                67 617,7     71 592,2          105,9
               Внос                 27 600,1    303 612,4         1100,1
               Стокообмен           95 217,8    375 204,6          294,0

            Таблица 2. Външна търговия на България с Узбекистан, хил. щ.д.

               Показател              2023          2024
               Износ                88 100,0     99 200,0
               Внос                 11 300,0     22 400,0
            """);

        ValueOf("exports_bg_to_kz", 2023).ShouldBe(67617.7, AllFigures());
        ValueOf("exports_kz_to_bg", 2024).ShouldBe(303612.4, AllFigures());
        ValueOf("turnover", 2024).ShouldBe(375204.6, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 105.9 || f.Value == 1100.1 || f.Value == 294, AllFigures());
        _files.Store.Figures.All().ShouldNotContain(f => f.Value == 88100 || f.Value == 99200 || f.Value == 11300 || f.Value == 22400, AllFigures());
    }

    [Theory]
    [InlineData("en", "- Trade turnover (2024): $375.2 million\n- Trade balance (2024): $232.0 million")]
    [InlineData("ru", "- Товарооборот за 2024 г. — 375,2 млн долларов США\n- Сальдо торговли за 2024 г. — 232,0 млн долларов США")]
    [InlineData("kk", "- Тауар айналымы (2024): 375,2 млн АҚШ доллары\n- Сауда сальдосы (2024): 232,0 млн АҚШ доллары")]
    public async Task A_fact_sheets_balance_line_is_the_trade_balance_and_never_turnover(string lang, string lines)
    {
        await _files.IngestAsync($"facts-{lang}.md", $"""
            ---
            title: "Kazakhstan – Bulgaria"
            date: 2025-06-01
            ---
            # Kazakhstan – Bulgaria

            {lines}
            """);

        ValueOf("turnover", 2024).ShouldBe(375.2, AllFigures());
        ValueOf("trade_balance", 2024).ShouldBe(232.0, AllFigures());
    }

    public void Dispose() => _files.Dispose();

    Figure Only(string metric, int year) =>
        _files.Store.Figures.All().Where(f => f.Metric == metric && f.Period == Period.Year(year)).ShouldHaveSingleItem(AllFigures());

    [Fact]
    public async Task A_russian_table_by_year_with_long_column_headers_and_a_growth_column_gives_every_year_and_the_growth_to_turnover_only()
    {
        await _files.IngestAsync("dinamika.md", """
            ---
            title: "Товарооборот Казахстана и Болгарии"
            date: 2027-02-20
            lang: ru
            ---
            Бюро национальной статистики опубликовало данные о внешней торговле за прошлый год.

            Динамика за четыре года выглядит так (млн долларов США):

            | Год  | Товарооборот | Экспорт Казахстана в Болгарию | Импорт Казахстана из Болгарии | Рост оборота |
            |------|-------------:|------------------------------:|------------------------------:|-------------:|
            | 2023 | 95,2         | 27,6                          | 67,6                          | —            |
            | 2024 | 375,2        | 303,6                         | 71,6                          | в 3,9 раза   |
            | 2025 | 412,6        | 338,1                         | 74,5                          | +10,0%       |
            """);

        ValueOf("exports_bg_to_kz", 2025).ShouldBe(74.5, AllFigures());
        ValueOf("exports_kz_to_bg", 2024).ShouldBe(303.6, AllFigures());
        Only("turnover", 2025).GrowthPercent.ShouldBe(10);
        Only("turnover", 2024).GrowthFactor.ShouldBe(3.9);
        // The change column is turnover's: the imports beside it did not grow by 10%.
        Only("exports_bg_to_kz", 2025).GrowthPercent.ShouldBeNull();
        Only("exports_bg_to_kz", 2024).GrowthFactor.ShouldBeNull();
    }

    [Fact]
    public async Task A_bulgarian_table_by_year_reads_a_falling_change_column_as_a_fall_and_an_unnamed_change_column_as_nobodys()
    {
        await _files.IngestAsync("stokoobmen.md", """
            ---
            title: "Търговията между България и Казахстан"
            date: 2026-03-10
            lang: bg
            ---
            Данните на НСИ за търговията с Казахстан показват следното:

            | Година | Стокообмен (млн. лв.) | Износ на България за Казахстан (млн. лв.) | Внос на България от Казахстан (млн. лв.) | Ръст на стокообмена, % |
            |---|---|---|---|---|
            | 2024 | 765,4 | 150,2 | 615,2 | 12,1 |
            | 2025 | 740,9 | 142,6 | 598,3 | -3,2 |

            | Година | Износ (млн. лв.) | Внос (млн. лв.) | Изменение, % |
            |---|---|---|---|
            | 2023 | 130,0 | 500,0 | 5,5 |
            """);

        Only("turnover", 2025).GrowthPercent.ShouldBe(-3.2);
        Only("exports_bg_to_kz", 2025).Value.ShouldBe(142.6, AllFigures());
        Only("exports_kz_to_bg", 2024).Value.ShouldBe(615.2, AllFigures());
        // "Изменение, %" names no measure: the row's exports and imports each keep no growth.
        _files.Store.Figures.All().ShouldNotContain(f => f.GrowthPercent == 5.5, AllFigures());
    }

    [Theory]
    [InlineData("ru", "Положительное сальдо Казахстана в торговле с Болгарией в прошлом году составило 310,7 млн долларов.")]
    [InlineData("bg", "Положителното салдо на Казахстан в търговията с България през миналата година е 310,7 млн. долара.")]
    [InlineData("en", "Kazakhstan's surplus balance in trade with Bulgaria last year was $310.7 million.")]
    public async Task A_balance_in_trade_is_the_trade_balance_and_never_turnover(string lang, string sentence)
    {
        await _files.IngestAsync($"saldo-{lang}.md", $"""
            ---
            title: "Trade"
            date: 2027-02-20
            lang: {lang}
            ---
            {sentence}
            """);

        Only("trade_balance", 2026).Value.ShouldBe(310.7);
        _files.Store.Figures.All().ShouldNotContain(f => f.Metric == "turnover", AllFigures());
    }
}
