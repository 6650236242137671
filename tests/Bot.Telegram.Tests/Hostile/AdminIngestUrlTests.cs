using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;

namespace Bot.Telegram.Tests.Hostile;

/// <summary>An admin's /ingest URL goes through the same guarded fetch as the CLI: an internal address is that URL's failure line.</summary>
public sealed class AdminIngestUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9/page")]
    [InlineData("http://2130706433:9/page")]
    [InlineData("http://[::1]:9/page")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    public async Task An_internal_address_is_refused_in_the_report_and_nothing_is_stored(string url)
    {
        await using var bot = await BotHarness.StartAsync();
        using var before = bot.OpenStore();
        var documents = before.Documents.Count();

        var reply = await bot.SendAsync(BotHarness.AdminId, $"/ingest {url}");

        reply.PlainText.ShouldStartWith(BotTexts.Get("en", "ingest_report", 0, 0, 0, 1, 0, 0, 0));
        reply.PlainText.ShouldContain("refused: ");
        reply.PlainText.ShouldContain("Ingestion:AllowPrivateNetworks");
        reply.PlainText.ShouldNotBe(BotTexts.Get("en", "error"));
        using var after = bot.OpenStore();
        after.Documents.Count().ShouldBe(documents);
    }
}
