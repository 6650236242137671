using System.Text;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator.Updates;

namespace Bot.Telegram.Tests;

/// <summary>
/// The administrators manage the watched feeds from the chat: add, list with status, pause, resume, remove, import
/// OPML. The addresses are in the reserved .invalid domain: the bot's monitor may try them and fail, which /feeds
/// then shows as the last error.
/// </summary>
public sealed class FeedCommandTests
{
    const string Agency = "https://agency.example.invalid/rss.xml";
    const long Admin = BotHarness.AdminId;

    [Fact]
    public async Task An_admin_adds_lists_pauses_resumes_and_removes_a_feed()
    {
        await using var bot = await BotHarness.StartAsync();

        var added = await bot.SendAsync(Admin, $"/feed_add {Agency} 2h");
        var listed = await bot.SendAsync(Admin, "/feeds");
        var paused = await bot.SendAsync(Admin, "/feed_pause 1");
        var listedPaused = await bot.SendAsync(Admin, "/feeds");
        var resumed = await bot.SendAsync(Admin, $"/feed_resume {Agency}");
        var removed = await bot.SendAsync(Admin, "/feed_remove 1");
        var empty = await bot.SendAsync(Admin, "/feeds");

        added.PlainText.ShouldBe(BotTexts.Get("en", "feed_added", "agency.example.invalid", Agency, "2h"));
        listed.PlainText.ShouldStartWith(BotTexts.Get("en", "feeds_title", 1));
        listed.PlainText.ShouldContain($"1. agency.example.invalid — {Agency}\nevery 2h · next poll ");
        paused.PlainText.ShouldBe(BotTexts.Get("en", "feed_paused", "agency.example.invalid", 1));
        listedPaused.PlainText.ShouldContain(BotTexts.Get("en", "feeds_item_paused", 1, "agency.example.invalid", Agency, "2h"));
        resumed.PlainText.ShouldBe(BotTexts.Get("en", "feed_resumed", "agency.example.invalid"));
        removed.PlainText.ShouldBe(BotTexts.Get("en", "feed_removed", "agency.example.invalid", Agency));
        empty.PlainText.ShouldBe(BotTexts.Get("en", "feeds_none"));
    }

    [Theory]
    [InlineData("/feed_add", "feed_usage", "en")]
    [InlineData("/feed_add https://agency.example.invalid/rss.xml often", "feed_usage", "ru")]
    [InlineData("/feed_add ftp://agency.example.invalid/rss.xml", "feed_bad_url", "bg")]
    [InlineData("/feed_remove 7", "feed_not_found", "kk")]
    public async Task Feed_commands_that_make_no_sense_get_one_clear_line_in_the_admins_language(string command, string key, string lang)
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.SendAsync(Admin, command, lang: lang);

        var argument = command.Split(' ').Skip(1).FirstOrDefault() ?? "";
        reply.PlainText.ShouldBe(BotTexts.Get(lang, key, argument));
    }

    [Fact]
    public async Task An_interval_below_the_minimum_is_raised_and_the_admin_is_told()
    {
        await using var bot = await BotHarness.StartAsync();

        var added = await bot.SendAsync(Admin, $"/feed_add {Agency} 1m");

        added.PlainText.ShouldContain(BotTexts.Get("en", "feed_interval_raised", "5m"));
        added.PlainText.ShouldContain("every 5m");
    }

    [Fact]
    public async Task An_opml_file_sent_with_the_caption_feeds_adds_its_feeds_and_a_dtd_is_refused()
    {
        await using var bot = await BotHarness.StartAsync();
        const string opml = """
            <opml version="2.0"><body><outline text="News"><outline text="Agency" type="rss" xmlUrl="https://agency.example.invalid/rss.xml"/>
            <outline text="Wire" type="rss" xmlUrl="https://wire.example.invalid/atom"/></outline></body></opml>
            """;
        const string bomb = """<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><opml><body><outline text="&b;" xmlUrl="https://x.example.invalid/"/></body></opml>""";

        var imported = await UploadAsync(bot, opml);
        var refused = await UploadAsync(bot, bomb);
        var listed = await bot.SendAsync(Admin, "/feeds");

        imported.PlainText.ShouldBe(BotTexts.Get("en", "feeds_imported", 2, 0, 0));
        refused.PlainText.ShouldStartWith(BotTexts.Get("en", "feeds_import_failed", ""));
        refused.PlainText.ShouldContain("DTD");
        listed.PlainText.ShouldStartWith(BotTexts.Get("en", "feeds_title", 2));
        listed.PlainText.ShouldContain("2. Wire — https://wire.example.invalid/atom");
    }

    [Fact]
    public async Task Feeds_opml_sends_the_watched_feeds_as_a_file_after_its_text()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(Admin, $"/feed_add {Agency} 2h");

        var text = await bot.SendAsync(Admin, "/feeds opml", lang: "ru");
        var file = (await bot.Simulator.WaitForDocumentsAsync(d => d.ChatId == Admin))[0];

        text.PlainText.ShouldBe(BotTexts.Get("ru", "feeds_exported", 1));
        file.FileName.ShouldBe("kzbg-bot-feeds.opml");
        file.MessageId.ShouldBeGreaterThan(text.MessageId);
        var opml = Encoding.UTF8.GetString(file.Content.Span);
        opml.ShouldContain($"xmlUrl=\"{Agency}\"");
        opml.ShouldContain("interval=\"7200\"");
    }

    [Fact]
    public async Task Feed_commands_are_refused_to_everyone_but_the_admins()
    {
        await using var bot = await BotHarness.StartAsync();

        var refused = await bot.SendAsync(777, $"/feed_add {Agency}");
        var list = await bot.SendAsync(Admin, "/feeds");

        refused.PlainText.ShouldBe(BotTexts.Get("en", "not_admin"));
        list.PlainText.ShouldBe(BotTexts.Get("en", "feeds_none"));
    }

    static async Task<TelegramSimulator.Recording.SentMessage> UploadAsync(BotHarness bot, string xml)
    {
        var before = bot.Simulator.Sent.Count(m => m.ChatId == Admin);
        bot.Simulator.InjectMessage(Admin, Admin, "/feeds", document: new TestDocument(Encoding.UTF8.GetBytes(xml), "feeds.opml", "text/x-opml"));
        return (await bot.Simulator.WaitForSentAsync(m => m.ChatId == Admin, before + 1, TimeSpan.FromSeconds(60)))[^1];
    }
}
