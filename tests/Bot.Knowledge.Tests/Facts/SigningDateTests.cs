using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>An undated signing takes the date the text around it states, no finer than the text states it.</summary>
public sealed class SigningDateTests : IDisposable
{
    readonly TempStore _temp = TempStore.Empty();
    readonly TempFolder _folder = new();

    async Task<Agreement> SignedAsync(string date, string body)
    {
        var file = _folder.Write("doc.md", MarkdownDoc.With("Article", date, "en", body));
        (await _temp.Store.Ingestor.IngestAsync([file], CancellationToken.None)).Results.ShouldHaveSingleItem().Status.ShouldBe(IngestStatus.Added);
        return _temp.Store.Agreements.All().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_signing_during_a_visit_of_several_days_is_dated_to_the_visits_month_not_its_first_day()
    {
        var agreement = await SignedAsync("2016-01-20",
            "From 7 to 10 November 2015 the Bulgarian minister of culture was in Kazakhstan. Kazakhstan and Bulgaria signed a memorandum on cultural exchanges.");

        agreement.Signed.ShouldBe(new PartialDate(2015, 11));
    }

    [Fact]
    public async Task A_signing_after_a_dated_day_in_its_paragraph_takes_that_day()
    {
        var agreement = await SignedAsync("2016-01-20",
            "On 9 November 2015 the Bulgarian minister of culture arrived in Astana. Kazakhstan and Bulgaria signed a memorandum on cultural exchanges.");

        agreement.Signed.ShouldBe(new PartialDate(2015, 11, 9));
    }

    public void Dispose()
    {
        _temp.Dispose();
        _folder.Dispose();
    }
}
