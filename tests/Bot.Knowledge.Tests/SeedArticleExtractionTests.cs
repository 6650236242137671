using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests;

/// <summary>What the real ingestion pipeline extracts from the shipped Akorda article, with no curated facts beside it.</summary>
public sealed class SeedArticleExtractionTests : IDisposable
{
    static readonly string Article = Path.Combine(Paths.DataDir, "documents", "2025-06-09-akorda-tokayev-radev-talks.md");

    readonly TempStore _temp = KbEntities.EmptyStoreWithEntities();

    TestStores Store => _temp.Store;

    async Task<IngestResult> IngestArticleAsync()
    {
        var report = await Store.Ingestor.IngestAsync([Article], CancellationToken.None);
        return report.Results.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_article_is_added_with_its_front_matter_title()
    {
        var result = await IngestArticleAsync();

        result.Status.ShouldBe(IngestStatus.Added, result.Reason);
        result.Title.ShouldBe("Kassym-Jomart Tokayev holds talks with President of Bulgaria Rumen Radev");
    }

    [Fact]
    public async Task Exactly_five_memoranda_signed_on_9_June_2025_in_Astana_are_found()
    {
        var result = await IngestArticleAsync();

        result.Agreements.ShouldBe(5);
        result.NewAgreementIds.Count.ShouldBe(5);
        var agreements = Store.Agreements.All();
        agreements.Count.ShouldBe(5);
        agreements.ShouldAllBe(a => a.Kind == "memorandum");
        agreements.ShouldAllBe(a => a.Signed == new PartialDate(2025, 6, 9));
        agreements.ShouldAllBe(a => a.Place == "Astana");
    }

    [Fact]
    public async Task Every_memorandum_has_one_Kazakh_and_one_Bulgarian_party()
    {
        await IngestArticleAsync();

        foreach (var agreement in Store.Agreements.All())
        {
            agreement.Parties.Count.ShouldBe(2, agreement.Title);
            agreement.Parties.Select(p => p.Country).Order().ToArray().ShouldBe(["BG", "KZ"], customMessage: agreement.Title);
        }
    }

    [Fact]
    public async Task The_memoranda_cover_transport_two_municipal_education_and_business()
    {
        await IngestArticleAsync();

        Store.Agreements.All().Select(a => a.Domain).Order().ToArray()
            .ShouldBe(["business", "education", "municipal", "municipal", "transport"]);
    }

    [Theory]
    [InlineData("transport", "kz-ministry-of-transport", "bg-ministry-of-transport-and-communications")]
    [InlineData("education", "kz-academy-of-public-administration", "bg-diplomatic-institute")]
    [InlineData("business", "kz-foreign-trade-chamber", "bg-chamber-of-commerce-and-industry")]
    public async Task Institutional_parties_resolve_to_the_institutions_not_to_their_countries(string domain, string kazakhParty, string bulgarianParty)
    {
        await IngestArticleAsync();

        var agreement = Store.Agreements.All().Single(a => a.Domain == domain);
        agreement.Parties.Single(p => p.Country == "KZ").EntityId.ShouldBe(kazakhParty);
        agreement.Parties.Single(p => p.Country == "BG").EntityId.ShouldBe(bulgarianParty);
    }

    [Fact]
    public async Task The_municipal_memoranda_are_between_Astana_and_Sofia_and_between_Shymkent_and_Plovdiv()
    {
        await IngestArticleAsync();

        var pairs = Store.Agreements.All().Where(a => a.Domain == "municipal")
            .Select(a => string.Join('+', a.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        pairs.ShouldBe(["astana+sofia", "plovdiv+shymkent"]);
    }

    [Fact]
    public async Task Four_months_of_this_year_means_January_to_April_2025_and_more_than_83_million_dollars()
    {
        await IngestArticleAsync();

        var figure = Store.Figures.All().Where(f => f.Value == 83).ShouldHaveSingleItem();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Months(2025, 1, 4));
        figure.Period.ToString().ShouldBe("2025-01..2025-04");
        figure.Scale.ShouldBe("million");
        figure.Unit.ShouldBe("USD");
        figure.Qualifier.ShouldBe("more_than");
        figure.AbsoluteValue.ShouldBe(83_000_000);
    }

    [Fact]
    public async Task Trade_in_2024_is_375_million_dollars_after_growing_four_times()
    {
        await IngestArticleAsync();

        var figure = Store.Figures.All().Where(f => f.Value == 375).ShouldHaveSingleItem();
        figure.Metric.ShouldBe("turnover");
        figure.Period.ShouldBe(Period.Year(2024));
        figure.Scale.ShouldBe("million");
        figure.Unit.ShouldBe("USD");
        figure.Qualifier.ShouldBe("exact");
        figure.GrowthFactor.ShouldBe(4);
    }

    [Fact]
    public async Task Only_the_two_trade_figures_are_extracted()
    {
        var result = await IngestArticleAsync();

        result.Figures.ShouldBe(2);
        Store.Figures.All().Select(f => f.Value).Order().ToArray().ShouldBe([83d, 375d]);
    }

    [Fact]
    public async Task Facts_cite_the_article_by_its_source_url_and_date()
    {
        await IngestArticleAsync();

        var sources = Store.Agreements.All().SelectMany(a => a.Sources).Concat(Store.Figures.All().Select(f => f.Source)).ToList();
        sources.ShouldNotBeEmpty();
        sources.ShouldAllBe(s => s.Url == "https://www.silkway.news/kazakhstan-and-bulgaria-confirmed-151099" && s.Published == "2025-06-09");
    }

    public void Dispose() => _temp.Dispose();
}
