using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// Cargo stated in tonnes on a route becomes a figure in tonnes (tonnes at a port, with no route named, do not); money in
/// the same paragraph stays money; a count written in several words is one number.
/// </summary>
public sealed class QuantityFigureTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<IReadOnlyList<Figure>> IngestAsync(string lang, string date, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("Route news", date, lang, body));
        var result = (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        return _temp.Store.Figures.All();
    }

    [Fact]
    public async Task English_cargo_on_the_corridor_is_stored_in_tonnes_with_its_year()
    {
        var figures = await IngestAsync("en", "2024-02-01",
            "Cargo carried along the Middle Corridor route reached 3.1 million tonnes in 2023, the operator said.\n\n"
            + "The port of Varna handled 9 million tonnes of cargo in 2022.");

        var cargo = figures.Where(f => f.Metric == "titr_cargo").ShouldHaveSingleItem();
        cargo.Period.ShouldBe(Period.Year(2023));
        cargo.Value.ShouldBe(3.1);
        cargo.Scale.ShouldBe("million");
        cargo.Unit.ShouldBe("tonnes");
    }

    [Fact]
    public async Task Russian_tonnes_are_read_with_their_case_ending_and_money_stays_money()
    {
        var figures = await IngestAsync("ru", "2023-05-02",
            "В 2022 году по Транскаспийскому маршруту перевезли 1,7 млн тонн грузов. Товарооборот в 2022 году составил 240 млн долларов.");

        var cargo = figures.Where(f => f.Metric == "titr_cargo").ShouldHaveSingleItem();
        cargo.Value.ShouldBe(1.7);
        cargo.Unit.ShouldBe("tonnes");
        figures.Where(f => f.Metric == "turnover").ShouldHaveSingleItem().Unit.ShouldBe("USD");
    }

    [Fact]
    public async Task Kazakh_last_year_and_the_year_before_it_give_two_years_of_cargo()
    {
        var figures = await IngestAsync("kk", "2024-03-01",
            "Дәліз бағыты бойынша жүк тасымалы былтыр 3 млн тоннаға жетті, ал оның алдындағы жылы 2,1 млн тонна болған.");

        figures.Where(f => f.Metric == "titr_cargo" && f.Period == Period.Year(2023)).ShouldHaveSingleItem().Value.ShouldBe(3);
        figures.Where(f => f.Metric == "titr_cargo" && f.Period == Period.Year(2022)).ShouldHaveSingleItem().Value.ShouldBe(2.1);
    }

    [Fact]
    public async Task A_count_written_in_several_words_is_one_number()
    {
        var figures = await IngestAsync("en", "2024-02-01", "Twenty-five Bulgarian companies opened offices in Kazakhstan in 2023.");

        figures.ShouldHaveSingleItem().Value.ShouldBe(25);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
