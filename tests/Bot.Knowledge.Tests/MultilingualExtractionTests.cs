using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>Russian and Bulgarian news texts yield the same figures and agreements as English ones, with relative dates read against the document's date.</summary>
public sealed class MultilingualExtractionTests : IDisposable
{
    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();
    readonly TempFolder _folder = new();

    TestStores Store => _temp.Store;

    async Task<IngestResult> IngestAsync(string lang, string date, string body)
    {
        var file = _folder.Write($"{lang}-{Guid.NewGuid():N}.md", MarkdownDoc.With("Test article", date, lang, body));
        var result = (await Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem();
        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        return result;
    }

    Figure SingleFigure() => Store.Figures.All().ShouldHaveSingleItem();

    [Fact]
    public async Task Russian_last_year_turnover_with_a_decimal_comma_is_2024_and_375_point_2_million_dollars()
    {
        await IngestAsync("ru", "2025-06-10", "Товарооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов.");

        var figure = SingleFigure();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Year(2024));
        figure.Value.ShouldBe(375.2);
        figure.Scale.ShouldBe("million");
        figure.Unit.ShouldBe("USD");
        figure.Qualifier.ShouldBe("exact");
    }

    [Fact]
    public async Task Russian_four_months_of_the_current_year_is_January_to_April_and_more_than_83_million()
    {
        await IngestAsync("ru", "2025-06-10", "Товарооборот за четыре месяца текущего года превысил 83 млн долларов.");

        var figure = SingleFigure();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Months(2025, 1, 4));
        figure.Value.ShouldBe(83);
        figure.Scale.ShouldBe("million");
        figure.Qualifier.ShouldBe("more_than");
    }

    [Theory]
    [InlineData("2025-06-10", 2024)]
    [InlineData("2026-02-01", 2025)]
    [InlineData("2019-12-31", 2018)]
    public async Task Russian_last_year_resolves_against_the_document_date_not_today(string documentDate, int expectedYear)
    {
        await IngestAsync("ru", documentDate, "Товарооборот между Казахстаном и Болгарией в прошлом году составил 375,2 млн долларов.");

        SingleFigure().Period.ShouldBe(Period.Year(expectedYear));
    }

    [Theory]
    [InlineData("2025-06-10", 2025)]
    [InlineData("2023-09-01", 2023)]
    public async Task Russian_current_year_resolves_against_the_document_date_not_today(string documentDate, int expectedYear)
    {
        await IngestAsync("ru", documentDate, "Товарооборот за четыре месяца текущего года превысил 83 млн долларов.");

        SingleFigure().Period.ShouldBe(Period.Months(expectedYear, 1, 4));
    }

    [Fact]
    public async Task Russian_signing_of_a_memorandum_between_Shymkent_and_Plovdiv_is_a_municipal_memorandum_of_the_document_date()
    {
        var result = await IngestAsync("ru", "2025-06-10", "Подписан меморандум о сотрудничестве между городами Шымкент и Пловдив.");

        result.Agreements.ShouldBe(1);
        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Kind.ShouldBe("memorandum");
        agreement.Domain.ShouldBe("municipal");
        agreement.Signed.ShouldBe(new PartialDate(2025, 6, 10));
        agreement.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal).ToArray().ShouldBe(["plovdiv", "shymkent"]);
        agreement.Parties.Select(p => p.Country).Order(StringComparer.Ordinal).ToArray().ShouldBe(["BG", "KZ"]);
    }

    [Fact]
    public async Task Russian_memorandum_that_is_only_planned_is_not_an_agreement()
    {
        var result = await IngestAsync("ru", "2025-06-10", "Планируется подписать меморандум о сотрудничестве между городами Шымкент и Пловдив.");

        result.Agreements.ShouldBe(0);
        Store.Agreements.All().ShouldBeEmpty();
    }

    [Fact]
    public async Task Bulgarian_turnover_in_2024_is_375_million_dollars()
    {
        await IngestAsync("bg", "2025-06-10", "През 2024 г. стокообменът достигна 375 млн долара.");

        var figure = SingleFigure();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Year(2024));
        figure.Value.ShouldBe(375);
        figure.Scale.ShouldBe("million");
        figure.Unit.ShouldBe("USD");
    }

    [Fact]
    public async Task Bulgarian_last_year_resolves_against_the_document_date()
    {
        await IngestAsync("bg", "2026-03-15", "Миналата година стокообменът между двете страни достигна 410 млн долара.");

        var figure = SingleFigure();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Year(2025));
        figure.Value.ShouldBe(410);
    }

    [Fact]
    public async Task Bulgarian_signed_memorandum_between_Sofia_and_Astana_is_municipal_with_both_parties()
    {
        var result = await IngestAsync("bg", "2025-06-09", "Беше подписан меморандум за сътрудничество между градовете София и Астана.");

        result.Agreements.ShouldBe(1);
        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Domain.ShouldBe("municipal");
        agreement.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal).ToArray().ShouldBe(["astana", "sofia"]);
    }

    [Fact]
    public async Task The_language_from_front_matter_is_stored_with_the_document()
    {
        await IngestAsync("bg", "2025-06-10", "През 2024 г. стокообменът достигна 375 млн долара.");

        Store.Db.Connection.ExecuteScalar<string>("SELECT lang FROM documents").ShouldBe("bg");
    }

    [Fact]
    public async Task Russian_month_range_January_to_April_with_an_explicit_year_is_that_span()
    {
        await IngestAsync("ru", "2025-06-10", "Товарооборот за январь-апрель 2025 года составил 83,1 млн долл. США.");

        var figure = SingleFigure();
        figure.Period.ShouldBe(Period.Months(2025, 1, 4));
        figure.Value.ShouldBe(83.1);
        figure.Unit.ShouldBe("USD");
    }

    [Fact]
    public async Task Russian_first_quarter_is_a_quarter_of_the_stated_year()
    {
        await IngestAsync("ru", "2025-06-10", "В первом квартале 2025 года товарооборот составил 62 млн долларов.");

        SingleFigure().Period.ShouldBe(Period.Quarter(2025, 1));
    }

    [Fact]
    public async Task Bulgarian_first_four_months_of_this_year_is_January_to_April_of_the_document_year()
    {
        await IngestAsync("bg", "2025-06-10", "За първите четири месеца на тази година стокообменът надхвърли 83 млн. долара.");

        var figure = SingleFigure();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Months(2025, 1, 4));
        figure.Value.ShouldBe(83);
        figure.Qualifier.ShouldBe("more_than");
    }

    [Fact]
    public async Task Russian_signing_between_inflected_ministry_names_resolves_both_ministries()
    {
        await IngestAsync("ru", "2025-06-10",
            "9 июня 2025 года подписан меморандум между Министерством транспорта Республики Казахстан и Министерством транспорта и коммуникаций Республики Болгария.");

        var agreement = Store.Agreements.All().ShouldHaveSingleItem();
        agreement.Signed.ShouldBe(new PartialDate(2025, 6, 9));
        agreement.Domain.ShouldBe("transport");
        agreement.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(["bg-ministry-of-transport-and-communications", "kz-ministry-of-transport"]);
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
