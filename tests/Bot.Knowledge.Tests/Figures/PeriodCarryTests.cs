using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// A figure for the first months of a year that names no year: it is the latest such span before the publication, not
/// the year a "last year" of the clause before it was counted to; a year the text states still carries on.
/// </summary>
public sealed class PeriodCarryTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body) => _news.IngestAsync(lang, date, body);

    static Figure Single(IReadOnlyList<Figure> figures, string metric, Period period) => NewsItemIngestion.Single(figures, metric, period);

    [Fact]
    public async Task Russian_january_to_april_after_last_year_in_the_clause_before_is_this_years()
    {
        var figures = await IngestAsync("ru", "2025-06-10",
            "Товарооборот между Казахстаном и Болгарией в прошлом году составил 510 млн долларов, а за январь–апрель — 83 млн долларов.");

        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(510);
        Single(figures, "turnover", Period.Months(2025, 1, 4)).Value.ShouldBe(83);
    }

    [Fact]
    public async Task English_first_four_months_in_the_sentence_after_last_year_are_this_years()
    {
        var figures = await IngestAsync("en", "2025-06-10",
            "Trade between Kazakhstan and Bulgaria reached $510 million last year. In the first four months trade between the two countries totalled $83 million.");

        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(510);
        Single(figures, "turnover", Period.Months(2025, 1, 4)).Value.ShouldBe(83);
    }

    [Fact]
    public async Task Bulgarian_first_four_months_after_last_year_are_this_years()
    {
        var figures = await IngestAsync("bg", "2025-06-10",
            "Миналата година стокообменът между България и Казахстан е 510 млн. долара, а за първите четири месеца стокообменът е 83 млн. долара.");

        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(510);
        Single(figures, "turnover", Period.Months(2025, 1, 4)).Value.ShouldBe(83);
    }

    [Fact]
    public async Task Kazakh_january_to_april_after_last_year_is_this_years()
    {
        var figures = await IngestAsync("kk", "2025-06-10",
            "Өткен жылы Қазақстан мен Болгария арасындағы тауар айналымы 510 млн долларды құрады, ал қаңтар–сәуір айларында тауар айналымы 83 млн доллар болды.");

        Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(510);
        Single(figures, "turnover", Period.Months(2025, 1, 4)).Value.ShouldBe(83);
    }

    [Fact]
    public async Task A_year_the_text_states_still_carries_into_a_later_span_without_one()
    {
        var figures = await IngestAsync("ru", "2025-06-10",
            "В январе–апреле 2023 года товарооборот между Казахстаном и Болгарией составил 61 млн долларов, а за январь–май — 75 млн долларов.");

        Single(figures, "turnover", Period.Months(2023, 1, 4)).Value.ShouldBe(61);
        Single(figures, "turnover", Period.Months(2023, 1, 5)).Value.ShouldBe(75);
    }

    public void Dispose() => _news.Dispose();
}
