using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Bot.Knowledge.Chats;
using Bot.Knowledge.Storage;
using Bot.TestKit;
using Xunit.Abstractions;
using Bot.Telegram.Localization;
using Bot.Telegram.Tests.Harness;

namespace Bot.Telegram.Tests;

/// <summary>/quiet, /subscriptions and /health as a user and an admin meet them, through the real worker.</summary>
public sealed class SettingsCommandTests(ITestOutputHelper output)
{
    readonly ITestOutputHelper _output = output;

    [Fact]
    public async Task Quiet_hours_are_set_confirmed_and_stored_for_alert_delivery()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);

        var reply = await bot.SendAsync(601, "/quiet 22-07 hold");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "quiet_set", "22", "07", BotTexts.Get("en", "quiet_hold"), "UTC"));
        using var store = bot.OpenStore();
        var chat = store.Chats.Get(601).ShouldNotBeNull();
        (chat.QuietStart, chat.QuietEnd, chat.QuietMode).ShouldBe((22, 7, "hold"));
    }

    [Theory]
    [InlineData("/quiet 25-07")]
    [InlineData("/quiet 8-8")]
    [InlineData("/quiet tonight")]
    [InlineData("/quiet 22-07 loud")]
    public async Task Quiet_hours_that_make_no_sense_get_the_usage_and_change_nothing(string command)
    {
        await using var bot = await BotHarness.StartAsync(output: _output);

        var reply = await bot.SendAsync(602, command);

        reply.PlainText.ShouldBe(BotTexts.Get("en", "quiet_usage"));
        using var store = bot.OpenStore();
        store.Chats.Get(602).ShouldNotBeNull().QuietStart.ShouldBeNull();
    }

    [Theory]
    [InlineData("/quiet 22-07 Asia/Almaty", "Asia/Almaty")]
    [InlineData("/quiet 22-07 hold +5", "UTC+05:00")]
    [InlineData("/quiet 22-07 UTC-03:30", "UTC-03:30")]
    public async Task Quiet_hours_are_kept_in_the_time_zone_the_user_gives(string command, string zone)
    {
        await using var bot = await BotHarness.StartAsync(output: _output);

        var reply = await bot.SendAsync(609, command);

        reply.PlainText.ShouldContain($"22:00–07:00 ({zone})");
        using var store = bot.OpenStore();
        store.Chats.Get(609).ShouldNotBeNull().TimeZone.ShouldBe(zone);
    }

    [Fact]
    public async Task Quiet_hours_are_confirmed_as_set_while_another_part_of_the_bot_is_half_way_through_a_read()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(613, "/start");
        // The alert worker, a digest or another chat's search in the middle of a read on the bot's store: its
        // statement, and the snapshot of the store it began with, stay open while this chat's command is handled.
        var store = new StoreProbe(bot.Services.GetRequiredService<KnowledgeDb>());
        using var reading = store.Connection.DeferredQuery<ChatRow>("SELECT * FROM chats").GetEnumerator();
        reading.MoveNext().ShouldBeTrue();

        var reply = await bot.SendAsync(612, "/quiet 22-07 hold +5");
        var again = await bot.SendAsync(612, "/quiet Asia/Almaty");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "quiet_set", "22", "07", BotTexts.Get("en", "quiet_hold"), "UTC+05:00"));
        again.PlainText.ShouldBe(BotTexts.Get("en", "quiet_set", "22", "07", BotTexts.Get("en", "quiet_hold"), "Asia/Almaty"));
    }

    [Fact]
    public async Task A_saved_time_zone_is_used_for_later_quiet_hours_and_can_be_changed_alone()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(610, "/quiet 22-07 Europe/Sofia");

        var later = await bot.SendAsync(610, "/quiet 23-06");
        var moved = await bot.SendAsync(610, "/quiet Asia/Almaty");

        later.PlainText.ShouldContain("23:00–06:00 (Europe/Sofia)");
        moved.PlainText.ShouldContain("23:00–06:00 (Asia/Almaty)");
    }

    [Fact]
    public async Task An_unknown_time_zone_is_named_back_and_changes_nothing()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);

        var reply = await bot.SendAsync(611, "/quiet 22-07 Mars/Olympus_Mons");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "quiet_bad_zone", "Mars/Olympus_Mons"));
        using var store = bot.OpenStore();
        var chat = store.Chats.Get(611).ShouldNotBeNull();
        (chat.QuietStart, chat.TimeZone).ShouldBe((null, null));
    }

    [Fact]
    public async Task Quiet_off_ends_the_quiet_hours()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(603, "/quiet 22-07");

        var reply = await bot.SendAsync(603, "/quiet off");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "quiet_off"));
        using var store = bot.OpenStore();
        store.Chats.Get(603).ShouldNotBeNull().QuietStart.ShouldBeNull();
    }

    [Fact]
    public async Task Subscriptions_are_listed_with_a_button_each_that_removes_it()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(604, "/subscribe transport");
        await bot.SendAsync(604, "/subscribe port of Varna");

        var list = await bot.SendAsync(604, "/subscriptions");

        list.PlainText.ShouldBe(BotTexts.Get("en", "subscriptions_header"));
        list.InlineButtons.Select(b => b.Text).ShouldBe(["✖ " + BotTexts.Get("en", "domain.transport"), "✖ port of Varna", BotTexts.Get("en", "unsubscribe_all_button")]);
        bot.Simulator.InjectCallbackQuery(604, 604, list.MessageId, list.InlineButtons[0].CallbackData!);
        var edit = (await bot.Simulator.WaitForEditsAsync(e => e.ChatId == 604))[0];
        edit.InlineButtons.Select(b => b.Text).ShouldBe(["✖ port of Varna"]);
        using var store = bot.OpenStore();
        store.Subscriptions.ForChat(604).ShouldHaveSingleItem().Label.ShouldBe("port of Varna");
    }

    [Fact]
    public async Task Without_subscriptions_the_list_says_how_to_subscribe()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);

        var reply = await bot.SendAsync(605, "/subscriptions");

        reply.PlainText.ShouldBe(BotTexts.Get("en", "no_subscriptions"));
        reply.InlineButtons.ShouldBeEmpty();
    }

    [Fact]
    public async Task Health_tells_an_admin_what_the_store_holds_and_refuses_everyone_else()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        using var store = bot.OpenStore();

        var refused = await bot.SendAsync(606, "/health");
        var health = await bot.SendAsync(BotHarness.AdminId, "/health");

        refused.PlainText.ShouldBe(BotTexts.Get("en", "not_admin"));
        health.PlainText.ShouldStartWith($"OK. Store: {store.Documents.Count()} documents, {store.Agreements.All().Count} agreements, {store.Figures.All().Count} figures. Alert backlog: 0.");
    }

    [Fact]
    public async Task Health_says_which_worker_is_down_instead_of_ok()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        // The test hook of the readiness tests: the alert worker's loop ends while the rest of the bot goes on.
        await bot.Services.GetServices<IHostedService>().OfType<Bot.Telegram.Alerts.AlertDeliveryWorker>().Single().StopAsync(CancellationToken.None);

        var health = await bot.SendAsync(BotHarness.AdminId, "/health", lang: "bg");

        health.PlainText.ShouldStartWith(BotTexts.Get("bg", "health_problems", "").TrimEnd());
        health.PlainText.ShouldContain("• workers: AlertDeliveryWorker is not running");
        health.PlainText.ShouldContain(BotTexts.Get("bg", "health_store").Split(':')[0]);
    }

    [Theory]
    [InlineData("all", "en")]
    [InlineData("все", "ru")]
    [InlineData("всички", "bg")]
    [InlineData("барлығы", "kk")]
    public async Task Unsubscribe_all_is_understood_in_each_language(string all, string lang)
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(607, "/subscribe transport", lang);
        await bot.SendAsync(607, "/subscribe education", lang);

        var reply = await bot.SendAsync(607, "/unsubscribe " + all, lang);

        reply.PlainText.ShouldBe(BotTexts.Get(lang, "unsubscribed_all"));
        using var store = bot.OpenStore();
        store.Subscriptions.ForChat(607).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unsubscribe_alone_asks_which_and_removes_everything_only_after_a_yes()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.SendAsync(608, "/subscribe transport");
        await bot.SendAsync(608, "/subscribe education");

        var question = await bot.SendAsync(608, "/unsubscribe");
        using (var store = bot.OpenStore()) store.Subscriptions.ForChat(608).Count.ShouldBe(2, "nothing is removed before the user chooses");
        question.PlainText.ShouldBe(BotTexts.Get("en", "unsubscribe_which"));
        var all = question.InlineButtons.Single(b => b.Text == BotTexts.Get("en", "unsubscribe_all_button"));

        bot.Simulator.InjectCallbackQuery(608, 608, question.MessageId, all.CallbackData!);
        var confirm = (await bot.Simulator.WaitForEditsAsync(e => e.ChatId == 608))[0];
        using (var store = bot.OpenStore()) store.Subscriptions.ForChat(608).Count.ShouldBe(2, "'all' asks again first");
        confirm.PlainText.ShouldBe(BotTexts.Get("en", "unsubscribe_all_confirm"));
        var yes = confirm.InlineButtons.Single(b => b.Text == BotTexts.Get("en", "unsubscribe_all_yes"));

        bot.Simulator.InjectCallbackQuery(608, 608, question.MessageId, yes.CallbackData!);
        var done = await bot.Simulator.WaitForEditsAsync(e => e.ChatId == 608, 2, TimeSpan.FromSeconds(60));

        done[^1].PlainText.ShouldBe(BotTexts.Get("en", "unsubscribed_all"));
        using (var store = bot.OpenStore()) store.Subscriptions.ForChat(608).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_admin_lists_documents_and_removes_a_wrong_one_with_its_agreement()
    {
        await using var bot = await BotHarness.StartAsync(output: _output);
        await bot.IngestAsync(Fixture.Path("rail-memorandum.md"));
        using var store = bot.OpenStore();
        var before = store.Agreements.All().Count;

        var list = await bot.SendAsync(BotHarness.AdminId, "/documents kz-bg-rail");
        var id = System.Text.RegularExpressions.Regex.Match(list.Text, @"<code>(\d+)</code>").Groups[1].Value;
        var removed = await bot.SendAsync(BotHarness.AdminId, "/document_remove " + id);
        var again = await bot.SendAsync(BotHarness.AdminId, "/document_remove " + id);

        removed.PlainText.ShouldStartWith("Removed “Kazakhstan and Bulgaria sign a memorandum on rail freight”");
        removed.PlainText.ShouldContain("agreements only it reported 1");
        store.Agreements.All().Count.ShouldBe(before - 1);
        again.PlainText.ShouldBe(BotTexts.Get("en", "document_not_found", id));
    }
}
