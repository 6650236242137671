using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// The amount a growth is compared with is the earlier period's figure, and nothing more: "up from $95.2 million in 2023"
/// neither dates the flows of the next sentence (they are 2024's) nor takes the growth ("a 3.9-fold increase" is
/// 2024's), and "3.9 times more than a year earlier, when trade barely reached $95.2 million" states 2023's trade, not
/// 2024's. Sentences of our own, in the languages that write them so.
/// </summary>
public sealed class ComparedBaseTests : IDisposable
{
    readonly NewsItemIngestion _news = new();

    [Theory]
    [InlineData("en", "In 2024 trade turnover reached a record USD 375.2 million, up from USD 95.2 million in 2023, a 3.9-fold increase. Kazakh exports to Bulgaria grew 11-fold to USD 303.6 million, while imports from Bulgaria rose by 5.5% to USD 71.6 million.")]
    [InlineData("ru", "В 2024 году товарооборот достиг рекордных 375,2 млн долларов по сравнению с 95,2 млн долларов в 2023 году. Экспорт Казахстана в Болгарию вырос в 11 раз, до 303,6 млн долларов, а импорт из Болгарии увеличился на 5,5% и достиг 71,6 млн долларов.")]
    [InlineData("bg", "През 2024 г. стокообменът достигна рекордните 375,2 млн. долара спрямо 95,2 млн. долара през 2023 г. Износът на Казахстан за България нарасна 11 пъти до 303,6 млн. долара, а вносът от България се увеличи с 5,5% до 71,6 млн. долара.")]
    public async Task Flows_after_an_amount_compared_with_are_the_total_s_period(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-07-14", body);

        var year = Period.Year(2024);
        NewsItemIngestion.Single(figures, "turnover", year).Value.ShouldBe(375.2);
        NewsItemIngestion.Single(figures, "exports_kz_to_bg", year).Value.ShouldBe(303.6);
        NewsItemIngestion.Single(figures, "exports_bg_to_kz", year).Value.ShouldBe(71.6);
        NewsItemIngestion.Single(figures, "turnover", Period.Year(2023)).Value.ShouldBe(95.2);
        figures.ShouldNotContain(f => f.Period == Period.Year(2023) && f.Value != 95.2, NewsItemIngestion.Listed(figures));
    }

    [Fact]
    public async Task The_growth_of_a_total_is_not_the_base_s()
    {
        var figures = await _news.IngestAsync("en", "2025-07-14",
            "According to the ministry, in 2024 trade turnover reached a record USD 375.2 million, up from USD 95.2 million in 2023, a 3.9-fold increase.");

        NewsItemIngestion.Single(figures, "turnover", Period.Year(2024)).GrowthFactor.ShouldBe(3.9);
        NewsItemIngestion.Single(figures, "turnover", Period.Year(2023)).GrowthFactor.ShouldBeNull();
    }

    [Theory]
    [InlineData("en", "Last year trade between Kazakhstan and Bulgaria came to $375.2 million. That is 3.9 times more than a year earlier, when mutual trade barely reached $95.2 million.")]
    [InlineData("ru", "В прошлом году товарооборот Казахстана и Болгарии составил 375,2 млн долларов. Это в 3,9 раза больше, чем годом ранее, когда взаимная торговля едва дотянула до 95,2 млн долларов.")]
    [InlineData("bg", "Миналата година стокообменът между Казахстан и България възлиза на 375,2 млн. долара. Това е 3,9 пъти повече, отколкото година по-рано, когато търговията едва достигаше 95,2 млн. долара.")]
    public async Task The_amount_of_a_when_clause_after_the_period_compared_with_is_that_period_s(string lang, string body)
    {
        var figures = await _news.IngestAsync(lang, "2025-06-10", body);

        var earlier = NewsItemIngestion.Single(figures, "turnover", Period.Year(2023));
        earlier.Value.ShouldBe(95.2);
        earlier.GrowthFactor.ShouldBeNull();
        figures.Where(f => f.Period == Period.Year(2024)).ShouldAllBe(f => f.Value == 375.2, NewsItemIngestion.Listed(figures));
    }

    [Theory]
    [InlineData("en", "Up from $95.2 million in 2023, trade between Kazakhstan and Bulgaria grew 3.9-fold.")]
    [InlineData("ru", "По сравнению с 95,2 млн долларов в 2023 году товарооборот Казахстана и Болгарии вырос в 3,9 раза.")]
    public async Task A_growth_whose_only_amount_is_the_base_compared_with_does_not_stop_the_document(string lang, string body)
    {
        // The base opens the sentence, so there is no earlier amount for the growth to belong to: the reading once
        // threw here, and the whole document was lost.
        var figures = await _news.IngestAsync(lang, "2025-06-10", body);

        figures.ShouldContain(f => f.Value == 95.2, NewsItemIngestion.Listed(figures));
    }

    public void Dispose() => _news.Dispose();
}
