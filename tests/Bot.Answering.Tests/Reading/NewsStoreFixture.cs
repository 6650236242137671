using Bot.TestKit;

namespace Bot.Answering.Tests.Reading;

/// <summary>An unseeded store holding a few short news items written for these tests, as a user would ingest them.</summary>
public sealed class NewsStoreFixture : NewsFixture
{
    protected override void WriteNews(TempFolder files)
    {
        files.Write("port.md", Doc("Varna port reports a busy winter", "2021-03-10", "en",
            "Nearly 40 shipping companies now call at the port. The port authority also offers 70 scholarships to engineering students each year."));
        files.Write("trade.md", Doc("Итоги торговли", "2019-01-16", "ru",
            "За десять месяцев прошлого года товарооборот составил 165,5 млн долларов."));
        files.Write("four-months.md", Doc("Trade keeps growing", "2025-06-10", "en",
            "In the first four months of this year, trade has already exceeded $83 million."));
        files.Write("investment.md", Doc("Money is moving as well", "2025-06-10", "en",
            "The national bank counts $7.8 million of Bulgarian direct investment into Kazakhstan last year, 86.5 percent more than a year earlier."));
        files.Write("forum.md", Doc("Sofia hosts a Kazakh business forum", "2024-11-05", "en",
            "The forum was organised by the chambers of commerce. Participants signed contracts worth $20 million in total."));
    }
}
