using Bot.Knowledge.Digests;
using Bot.TestKit;
using Bot.Telegram.Digest;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator.Recording;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Telegram.Tests;

/// <summary>
/// /digest: a chat's alerts gathered into one message at its hour. The bot runs as in production; the digest round
/// under test gets a FakeTimeProvider, so "the next morning" is a clock step, not a wait. The hour chosen is hours
/// away in real time, so the bot's own digest worker never finds it due meanwhile (and if it sent one, the digest
/// would still be sent once: both share the store's digest rows).
/// </summary>
public sealed class DigestTests
{
    static readonly string[] DigestTitles = [.. new[] { "en", "ru", "bg", "kk" }
        .SelectMany(l => new[] { "digest_title_daily", "digest_title_weekly" }.Select(k => BotTexts.Get(l, k, "").Trim()))];
    static readonly string[] AlertTitles = [.. new[] { "en", "ru", "bg", "kk" }.Select(l => BotTexts.Get(l, "alert_title"))];

    static bool IsDigest(SentMessage m) => DigestTitles.Any(t => m.PlainText.Contains(t, StringComparison.Ordinal));
    static bool IsAlert(SentMessage m) => AlertTitles.Any(t => m.PlainText.Contains(t, StringComparison.Ordinal));

    /// <summary>An hour of the day (UTC) at least two hours from now, so real time does not reach it during the test.</summary>
    static int HourAhead() => (DateTimeOffset.UtcNow.Hour + 3) % 24;

    static DigestRound RoundAt(BotHarness bot, TimeProvider clock) => ActivatorUtilities.CreateInstance<DigestRound>(bot.Services, clock);

    static List<string> States(BotHarness bot, string table, long chat)
    {
        using var store = bot.OpenStore();
        return store.Db.Connection.QueryScalars<string>($"SELECT state FROM {table} WHERE chat_id = ? ORDER BY id", chat).ToList();
    }

    [Fact]
    public async Task A_daily_digest_brings_the_new_agreements_and_figures_in_one_message_at_the_chosen_hour_instead_of_an_alert_each()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 601;
        var hour = HourAhead();
        await bot.SendAsync(chat, "/subscribe");
        var set = await bot.SendAsync(chat, $"/digest daily {hour} UTC");
        set.PlainText.ShouldBe(BotTexts.Get("en", "digest_set_daily", hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "UTC"));

        (await bot.IngestAsync(Fixture.Path("rail-memorandum.md"), Fixture.Path("culture-programme.md"), Fixture.Path("trade-first-half-2026.md"))).ShouldBe(2);
        States(bot, "outbox", chat).ShouldBe(["held", "held"], "kept for the digest, not queued as single alerts");

        var now = DateTimeOffset.UtcNow;
        var due = DigestSchedule.LatestDue("daily", hour, TimeZoneInfo.Utc, now).AddDays(1);
        var clock = new FakeTimeProvider(due.AddMinutes(-1));
        await RoundAt(bot, clock).RunAsync(CancellationToken.None);
        bot.Simulator.Sent.Where(m => m.ChatId == chat).Count(IsDigest).ShouldBe(0, "not before the hour");

        clock.SetUtcNow(due);
        await RoundAt(bot, clock).RunAsync(CancellationToken.None);
        var digest = (await bot.Simulator.WaitForSentAsync(m => m.ChatId == chat && IsDigest(m), 1, TimeSpan.FromSeconds(20)))[0];
        await RoundAt(bot, clock).RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await RoundAt(bot, clock).RunAsync(CancellationToken.None);

        digest.PlainText.ShouldContain("Kazakhstan and Bulgaria sign a memorandum on rail freight");
        digest.PlainText.ShouldContain("Bulgaria and Kazakhstan sign a programme of cultural exchange");
        digest.PlainText.ShouldContain("287.4");
        digest.PlainText.ShouldContain(BotTexts.Get("en", "digest_agreements", 2));
        digest.Text.ShouldContain("href=\"https://news.example.org/2026/11/20/kz-bg-rail\"");
        bot.Simulator.Sent.Where(m => m.ChatId == chat).Count(IsDigest).ShouldBe(1, "one digest for the period, however many rounds run");
        bot.Simulator.Sent.Where(m => m.ChatId == chat).Count(IsAlert).ShouldBe(0);
        States(bot, "outbox", chat).ShouldBe(["digested", "digested"]);
    }

    [Fact]
    public async Task A_day_with_nothing_new_sends_no_digest()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 602;
        var hour = HourAhead();
        await bot.SendAsync(chat, "/subscribe transport");
        await bot.SendAsync(chat, $"/digest daily {hour} UTC");
        // Another chat's topic: nothing held for this one, and no figures.
        await bot.IngestAsync(Fixture.Path("culture-programme.md"));

        var due = DigestSchedule.LatestDue("daily", hour, TimeZoneInfo.Utc, DateTimeOffset.UtcNow).AddDays(1);
        await RoundAt(bot, new FakeTimeProvider(due)).RunAsync(CancellationToken.None);

        States(bot, "digest_outbox", chat).ShouldBe(["empty"]);
        bot.Simulator.Sent.Where(m => m.ChatId == chat).Count(IsDigest).ShouldBe(0);
    }

    [Fact]
    public async Task Turning_the_digest_off_sends_what_it_kept_as_single_alerts()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 603;
        await bot.SendAsync(chat, "/subscribe", lang: "ru");
        await bot.SendAsync(chat, "/digest ежедневно", lang: "ru");
        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        States(bot, "outbox", chat).ShouldBe(["held"]);

        var off = await bot.SendAsync(chat, "/digest off", lang: "ru");
        await bot.OutboxDrainedAsync();

        off.PlainText.ShouldBe(BotTexts.Get("ru", "digest_off_released", 1));
        bot.Simulator.Sent.Where(m => m.ChatId == chat).Count(IsAlert).ShouldBe(1);
        States(bot, "outbox", chat).ShouldBe(["sent"]);
    }

    [Fact]
    public async Task A_digest_in_flight_when_the_bot_stopped_is_sent_once_after_the_restart()
    {
        await using var bot = await BotHarness.StartAsync();
        const long chat = 604;
        await bot.SendAsync(chat, "/subscribe");
        await bot.SendAsync(chat, $"/digest weekly {HourAhead()} Asia/Almaty");
        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        using (var store = bot.OpenStore())
        {
            // A round that claimed the digest (attempt marked) and died before Telegram's answer was recorded.
            var since = store.Get<DigestBook>().Chats().Single(c => c.ChatId == chat).NextStart!.Value;
            store.Get<DigestBook>().Schedule(chat, since, DateTimeOffset.UtcNow).ShouldBeTrue();
            store.Get<DigestOutbox>().ClaimDue(10).Count.ShouldBe(1);
        }

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await Eventually.TrueAsync(() => States(bot, "digest_outbox", chat) is ["sent"], "the digest sent");

        var digests = bot.Simulator.Sent.Where(m => m.ChatId == chat).Where(IsDigest).ToList();
        digests.Count.ShouldBe(1);
        digests[0].PlainText.ShouldContain(BotTexts.Get("en", "digest_title_weekly", "").Trim());
        digests[0].PlainText.ShouldContain("rail freight");
    }

    [Theory]
    [InlineData("/digest hourly")]
    [InlineData("/digest daily 25")]
    [InlineData("/digest weekly 9 10")]
    public async Task Digest_settings_that_make_no_sense_get_the_usage_and_change_nothing(string command)
    {
        await using var bot = await BotHarness.StartAsync();

        var reply = await bot.SendAsync(605, command);
        var status = await bot.SendAsync(605, "/digest");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "digest_usage"));
        status.PlainText.ShouldBe(BotTexts.Get("en", "digest_status_off"));
    }

    [Fact]
    public async Task A_weekly_digest_is_confirmed_at_the_hour_of_the_zone_given_and_an_unknown_zone_is_named_back()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(606, "/subscribe", lang: "kk");

        var set = await bot.SendAsync(606, "/digest апталық 8 Asia/Almaty", lang: "kk");
        var bad = await bot.SendAsync(606, "/digest daily 8 Mars/Olympus", lang: "kk");

        set.PlainText.ShouldBe(BotTexts.Get("kk", "digest_set_weekly", "08", "Asia/Almaty"));
        bad.PlainText.ShouldBe(BotTexts.Get("kk", "quiet_bad_zone", "Mars/Olympus"));
    }
}
