using Bot.TestKit;
using Bot.Knowledge.Alerts;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;
using Bot.TelegramSimulator;
using Bot.TelegramSimulator.Recording;

namespace Bot.Telegram.Tests;

/// <summary>New-agreement alerts from subscription to delivery: exactly one card per matching subscriber, through crashes and faults.</summary>
public sealed class AlertTests
{
    static readonly string[] AlertTitles = [.. new[] { "en", "ru", "bg", "kk" }.Select(l => BotTexts.Get(l, "alert_title"))];

    static bool IsAlert(SentMessage m) => AlertTitles.Any(t => m.PlainText.Contains(t, StringComparison.Ordinal));

    static List<SentMessage> AlertsTo(BotHarness bot, long chat) => bot.Simulator.Sent.Where(m => m.ChatId == chat && IsAlert(m)).ToList();

    [Fact]
    public async Task A_new_agreement_reaches_each_matching_subscriber_once_and_a_second_report_of_it_reaches_no_one()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(301, "/subscribe");
        await bot.SendAsync(302, "/subscribe transport", lang: "en");
        await bot.SendAsync(303, "/subscribe образование", lang: "ru");
        await bot.SendAsync(304, "/subscribe Temir Zholy");

        (await bot.IngestAsync(Fixture.Path("rail-memorandum.md"))).ShouldBe(1);
        await bot.Simulator.WaitForSentAsync(IsAlert, 3, TimeSpan.FromSeconds(20));
        (await bot.IngestAsync(Fixture.Path("rail-memorandum-second-source.md"))).ShouldBe(0);
        // Every alert there will ever be is an outbox row: once none is pending, nothing more can be sent.
        await bot.OutboxDrainedAsync();

        foreach (var chat in new long[] { 301, 302, 304 }) AlertsTo(bot, chat).Count.ShouldBe(1, $"chat {chat}");
        AlertsTo(bot, 303).ShouldBeEmpty();
        var card = AlertsTo(bot, 301)[0];
        card.PlainText.ShouldContain("Kazakhstan Temir Zholy");
        card.PlainText.ShouldContain("Bulgarian State Railways");
        card.PlainText.ShouldContain("Sofia");
        card.Text.ShouldContain("href=\"https://news.example.org/2026/11/20/kz-bg-rail\"");
    }

    [Fact]
    public async Task An_alert_is_written_in_the_subscribers_language()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(311, "/subscribe", lang: "bg");

        await bot.IngestAsync(Fixture.Path("culture-programme.md"));
        var card = (await bot.Simulator.WaitForSentAsync(m => m.ChatId == 311 && IsAlert(m), 1, TimeSpan.FromSeconds(20)))[0];

        card.PlainText.ShouldContain(BotTexts.Get("bg", "alert_title"));
        card.PlainText.ShouldContain(BotTexts.Get("bg", "alert_between"));
    }

    [Fact]
    public async Task After_unsubscribe_no_alert_arrives()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(321, "/subscribe");
        await bot.SendAsync(322, "/subscribe");
        await bot.SendAsync(321, "/unsubscribe all");

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 322 && IsAlert(m), 1, TimeSpan.FromSeconds(20));
        await bot.OutboxDrainedAsync();

        AlertsTo(bot, 321).ShouldBeEmpty();
        using var store = bot.OpenStore();
        store.Db.Connection.ExecuteScalar<int>("SELECT count(*) FROM outbox WHERE chat_id = 321").ShouldBe(0);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_deactivated_until_they_start_again()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(331, "/subscribe");
        await bot.SendAsync(332, "/subscribe");
        bot.Simulator.Faults.BlockChat(331);

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 332 && IsAlert(m), 1, TimeSpan.FromSeconds(20));
        await Eventually.TrueAsync(() => { using var s = bot.OpenStore(); return s.Chats.Get(331)?.Active == false; });

        await bot.OutboxDrainedAsync();
        using (var store = bot.OpenStore())
        {
            store.Db.Connection.ExecuteScalar<string>("SELECT state FROM outbox WHERE chat_id = 331").ShouldBe(OutboxStates.Dead);
        }
        bot.Simulator.Faults.UnblockChat(331);
        await bot.SendAsync(331, "/start");
        await bot.IngestAsync(Fixture.Path("culture-programme.md"));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 331 && IsAlert(m), 1, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_group_that_became_a_supergroup_gets_its_alert_at_the_new_id()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -341, supergroup = -1000000000341;
        bot.Simulator.SetMemberStatus(group, 341, "administrator");
        await bot.SendAsync(group, $"/subscribe@{bot.Simulator.BotUsername}", userId: 341, chatType: "group");
        bot.Simulator.Faults.MigrateChat(group, supergroup);

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == supergroup && IsAlert(m), 1, TimeSpan.FromSeconds(20));

        using var store = bot.OpenStore();
        store.Subscriptions.ForChat(supergroup).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Only_a_group_admin_can_subscribe_a_group()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -351;

        var refused = await bot.SendAsync(group, $"/subscribe@{bot.Simulator.BotUsername}", userId: 351, chatType: "supergroup");

        refused.PlainText.ShouldBe(BotTexts.Get("en", "group_admin_only"));
        using var store = bot.OpenStore();
        store.Subscriptions.ForChat(group).ShouldBeEmpty();
    }

    [Fact]
    public async Task Server_errors_during_delivery_are_retried_until_the_alert_is_sent()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(361, "/subscribe");
        bot.Simulator.Faults.FailNext("sendMessage", 2, SimulatedError.BadGateway);

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 361 && IsAlert(m), 1, TimeSpan.FromSeconds(30));

        AlertsTo(bot, 361).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_429_during_delivery_waits_retry_after_and_then_delivers()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.SendAsync(371, "/subscribe");
        bot.Simulator.Faults.FailNext("sendMessage", 1, SimulatedError.TooManyRequests(2));

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        var started = DateTimeOffset.UtcNow;
        await bot.Simulator.WaitForSentAsync(m => m.ChatId == 371 && IsAlert(m), 1, TimeSpan.FromSeconds(30));

        await bot.OutboxDrainedAsync();
        using var store = bot.OpenStore();
        var row = store.Db.Connection.Query<OutboxRow>("SELECT * FROM outbox WHERE chat_id = 371").Single();
        row.Attempts.ShouldBe(2);
        row.State.ShouldBe(OutboxStates.Sent);
        (DateTimeOffset.UtcNow - started).ShouldBeGreaterThan(TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Alerts_queued_while_the_bot_was_down_and_attempts_left_in_flight_by_a_crash_are_each_delivered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        long[] chats = [.. Enumerable.Range(381, 12).Select(i => (long)i)];
        foreach (var chat in chats) await bot.SendAsync(chat, "/subscribe");
        await bot.StopBotAsync();

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        using (var store = bot.OpenStore())
        {
            // A crashed worker had marked these attempts and died before sending: they look in flight.
            store.Outbox.ClaimDue(5).Count.ShouldBe(5);
        }
        await bot.StartBotAsync();
        await bot.Simulator.WaitForSentAsync(IsAlert, chats.Length, TimeSpan.FromSeconds(30));
        await bot.OutboxDrainedAsync();

        foreach (var chat in chats) AlertsTo(bot, chat).Count.ShouldBe(1, $"chat {chat}");
    }

    [Fact]
    public async Task Killing_the_bot_during_fan_out_loses_no_alert_and_sends_none_twice()
    {
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["Alerts:GlobalPerSecond"] = "20";
            s["Alerts:MaxConcurrentSends"] = "4";
        });
        long[] chats = [.. Enumerable.Range(1, 60).Select(i => 390_000L + i)];
        using (var store = bot.OpenStore())
            foreach (var chat in chats)
            {
                store.Chats.Touch(chat, "private", null, reactivate: true);
                store.Subscriptions.Add(chat, "all", "", "all");
            }

        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        await bot.Simulator.WaitForSentAsync(IsAlert, 15, TimeSpan.FromSeconds(30));
        // The Bot API goes away mid-request and the worker is stopped while sends are failing: a crash as the worker sees it.
        await bot.Simulator.StopAsync();
        await bot.StopBotAsync();
        await bot.Simulator.RestartAsync();
        await bot.StartBotAsync();
        await bot.Simulator.WaitForSentAsync(IsAlert, chats.Length, TimeSpan.FromSeconds(60));
        await bot.OutboxDrainedAsync();

        // A card Telegram accepted while the simulator was going away, but whose answer never reached the bot, is the one
        // window the README admits: the bot cannot tell it from a card that never arrived, and sends it again.
        var inDoubt = bot.Simulator.Unanswered.Where(c => c.Method == "sendMessage").ToList();
        foreach (var chat in chats) AlertsTo(bot, chat).Count.ShouldBe(1 + inDoubt.Count(c => c.ChatId == chat), $"chat {chat}");
    }
}
