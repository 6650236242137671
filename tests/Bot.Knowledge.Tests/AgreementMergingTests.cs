using Bot.Knowledge.Model;

namespace Bot.Knowledge.Tests;

/// <summary>The seed article and the curated facts report the same five memoranda: the store keeps one record each, citing both.</summary>
public sealed class AgreementMergingTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    const string ArticleTitle = "Kassym-Jomart Tokayev holds talks with President of Bulgaria Rumen Radev";
    const string CuratedTitle = "Kazakhstan and Bulgaria confirmed intention to develop bilateral cooperation";

    IReadOnlyList<Agreement> SignedOn9June2025 =>
        fixture.Store.Agreements.All().Where(a => a.Signed == new PartialDate(2025, 6, 9)).ToList();

    [Fact]
    public void The_five_memoranda_of_9_June_2025_appear_once_each_in_a_seeded_store()
    {
        var agreements = SignedOn9June2025;

        agreements.Count.ShouldBe(5);
        agreements.Select(a => string.Join('+', a.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal)) + "|" + a.Domain)
            .Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public void Each_memorandum_cites_both_the_article_and_the_curated_source()
    {
        foreach (var agreement in SignedOn9June2025)
        {
            var titles = agreement.Sources.Select(s => s.Title).ToList();
            titles.ShouldContain(ArticleTitle, agreement.Title);
            titles.ShouldContain(CuratedTitle, agreement.Title);
            agreement.Sources.Select(s => s.DocumentId).Distinct().Count().ShouldBe(agreement.Sources.Count, agreement.Title);
        }
    }

    [Fact]
    public void The_transport_memorandum_also_keeps_its_third_source()
    {
        var transport = SignedOn9June2025.Single(a => a.Domain == "transport");

        transport.Sources.Count.ShouldBe(3);
        transport.Sources.Select(s => s.Title).ShouldContain("Bulgarian ports eye Middle Corridor expansion");
    }

    [Fact]
    public void The_municipal_memoranda_cite_exactly_the_article_and_the_curated_source()
    {
        var municipal = SignedOn9June2025.Where(a => a.Domain == "municipal").ToList();

        municipal.Count.ShouldBe(2);
        municipal.ShouldAllBe(a => a.Sources.Count == 2);
    }

    [Fact]
    public void Merged_memoranda_keep_the_curated_title_and_resolved_parties()
    {
        var business = SignedOn9June2025.Single(a => a.Domain == "business");

        business.Title.ShouldBe("Memorandum of cooperation between the Foreign Trade Chamber of Kazakhstan and the Bulgarian Chamber of Commerce and Industry");
        business.Parties.Select(p => p.EntityId).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(["bg-chamber-of-commerce-and-industry", "kz-foreign-trade-chamber"]);
        business.Place.ShouldBe("Astana");
    }
}
