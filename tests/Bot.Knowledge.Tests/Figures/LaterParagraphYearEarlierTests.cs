using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// "A year earlier", "годом ранее", "през предходната година", "бір жыл бұрын" opening a later paragraph — after a
/// paragraph that states no figure — count from the period of the last figure the item stated, not from its publication
/// date: the turnover of 2024 is never given the year before's value. "This figure" in that paragraph measures what the
/// last figure measured. Sentences of our own, in four languages.
/// </summary>
public sealed class LaterParagraphYearEarlierTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    [Theory]
    [InlineData("en", "Trade between Kazakhstan and Bulgaria reached $375.2 million in 2024, the ministry said.\n\nCrude oil accounted for most of the growth.\n\nA year earlier, the turnover stood at $95.2 million.")]
    [InlineData("en", "Trade between Kazakhstan and Bulgaria reached $375.2 million in 2024.\n\nA year earlier, it stood at $95.2 million.")]
    [InlineData("ru", "По итогам 2024 года товарооборот Казахстана и Болгарии достиг 375,2 млн долларов.\n\nОсновную часть поставок составила нефть.\n\nГодом ранее этот показатель составлял 95,2 млн долларов.")]
    [InlineData("bg", "През 2024 г. стокообменът между България и Казахстан е достигнал 375,2 млн. долара.\n\nНай-голям дял има петролът.\n\nПрез предходната година стокообменът е бил 95,2 млн. долара.")]
    [InlineData("kk", "2024 жылы Қазақстан мен Болгария арасындағы тауар айналымы 375,2 млн долларға жетті.\n\nӨсімнің негізгі бөлігі мұнайға тиесілі.\n\nБір жыл бұрын бұл көрсеткіш 95,2 млн доллар болған.")]
    public async Task The_value_a_year_earlier_is_the_year_before_the_last_figure_s(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-02-05", body);

        NewsItemIngestion.Single(figures, "turnover", Period.Year(2023)).Value.ShouldBe(95.2);
        NewsItemIngestion.Single(figures, "turnover", Period.Year(2024)).Value.ShouldBe(375.2);
    }

    [Fact]
    public async Task A_year_earlier_after_a_span_is_that_span_of_the_year_before()
    {
        var figures = await _news.IngestAsync("ru", "2025-06-10",
            "За январь–апрель 2025 года товарооборот Казахстана и Болгарии превысил 83 млн долларов.\n\nГодом ранее он составлял 40,1 млн долларов.");

        NewsItemIngestion.Single(figures, "turnover", new Period(2024, 1, 2024, 4)).Value.ShouldBe(40.1);
    }

    [Fact]
    public async Task A_figure_with_no_period_two_paragraphs_on_is_still_not_dated_by_it()
    {
        var figures = await _news.IngestAsync("en", "2025-02-05",
            "Trade between Kazakhstan and Bulgaria reached $375.2 million in 2024.\n\nCrude oil led the growth.\n\nOil shipments came to $242.2 million.");

        figures.ShouldNotContain(f => f.Value == 242.2 && f.Period == Period.Year(2024), NewsItemIngestion.Listed(figures));
    }

    public void Dispose() => _news.Dispose();
}
