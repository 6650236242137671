using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Bot.TelegramSimulator.Tests;

public sealed class LongPollingTests
{
    private const long UserId = 1001;

    [Fact]
    public async Task A_waiting_getUpdates_returns_the_update_injected_while_it_waits()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var poll = bot.Client.GetUpdates(timeout: 20);
        await bot.Simulator.WaitForCallsAsync("getUpdates");
        var injected = bot.Simulator.InjectMessage(UserId, UserId, "/start");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(10));

        var update = updates.ShouldHaveSingleItem();
        update.Id.ShouldBe(injected.UpdateId);
        update.Type.ShouldBe(UpdateType.Message);
        update.Message!.Id.ShouldBe(injected.MessageId);
        update.Message.Text.ShouldBe("/start");
        update.Message.Chat.Id.ShouldBe(UserId);
        update.Message.Chat.Type.ShouldBe(ChatType.Private);
        update.Message.From!.Id.ShouldBe(UserId);
        update.Message.From.LanguageCode.ShouldBe("en");
        update.Message.Entities.ShouldNotBeNull().ShouldHaveSingleItem().Type.ShouldBe(MessageEntityType.BotCommand);
    }

    [Fact]
    public async Task Message_dates_are_Unix_seconds_from_the_simulators_clock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero));
        await using var bot = await SimulatedBot.StartAsync(new BotApiSimulatorOptions { TimeProvider = clock });
        bot.Simulator.InjectMessage(UserId, UserId, "salem");

        var update = (await bot.Client.GetUpdates()).ShouldHaveSingleItem();

        update.Message!.Date.ShouldBe(new DateTime(2026, 3, 1, 9, 30, 15, DateTimeKind.Utc));
    }

    [Fact]
    public async Task A_getUpdates_with_a_timeout_and_nothing_to_deliver_returns_an_empty_list()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var updates = await bot.Client.GetUpdates(timeout: 1);

        updates.ShouldBeEmpty();
    }

    [Fact]
    public async Task Updates_come_back_until_an_offset_confirms_them()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var first = bot.Simulator.InjectMessage(UserId, UserId, "one");
        var second = bot.Simulator.InjectMessage(UserId, UserId, "two");
        var third = bot.Simulator.InjectMessage(UserId, UserId, "three");

        (await bot.Client.GetUpdates()).Select(u => u.Id).ShouldBe([first.UpdateId, second.UpdateId, third.UpdateId]);
        (await bot.Client.GetUpdates()).Length.ShouldBe(3, "nothing is confirmed without an offset");

        var rest = await bot.Client.GetUpdates(offset: second.UpdateId);
        rest.Select(u => u.Message!.Text).ShouldBe(["two", "three"]);
        bot.Simulator.PendingUpdateCount.ShouldBe(2);

        (await bot.Client.GetUpdates(offset: third.UpdateId + 1)).ShouldBeEmpty();
        bot.Simulator.PendingUpdateCount.ShouldBe(0);
    }

    [Fact]
    public async Task Limit_caps_how_many_updates_one_call_returns()
    {
        await using var bot = await SimulatedBot.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            bot.Simulator.InjectMessage(UserId, UserId, $"m{i}");
        }

        var updates = await bot.Client.GetUpdates(limit: 2);

        updates.Select(u => u.Message!.Text).ShouldBe(["m0", "m1"]);
    }

    [Fact]
    public async Task Unconfirmed_updates_survive_a_stop_and_a_restart_on_the_same_address()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var first = bot.Simulator.InjectMessage(UserId, UserId, "before the outage");
        (await bot.Client.GetUpdates()).ShouldHaveSingleItem().Id.ShouldBe(first.UpdateId);
        var baseUrl = bot.Simulator.BaseUrl;

        await bot.Simulator.StopAsync();
        bot.Simulator.IsRunning.ShouldBeFalse();
        await Should.ThrowAsync<RequestException>(() => bot.Client.GetUpdates());
        var second = bot.Simulator.InjectMessage(UserId, UserId, "during the outage");
        await bot.Simulator.RestartAsync();

        bot.Simulator.BaseUrl.ShouldBe(baseUrl);
        var updates = await bot.Client.GetUpdates();
        updates.Select(u => u.Id).ShouldBe([first.UpdateId, second.UpdateId]);
    }

    [Fact]
    public async Task Stopping_ends_a_waiting_poll_with_a_connection_error()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var poll = bot.Client.GetUpdates(timeout: 30);
        await bot.Simulator.WaitForCallsAsync("getUpdates");

        await bot.Simulator.StopAsync();

        await Should.ThrowAsync<RequestException>(() => poll.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_second_poll_ends_the_first_with_409_as_when_two_bot_instances_run()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var first = bot.Client.GetUpdates(timeout: 30);
        await bot.Simulator.WaitForCallsAsync("getUpdates");

        var second = bot.Client.GetUpdates(timeout: 1);

        var error = await Should.ThrowAsync<ApiRequestException>(() => first.WaitAsync(TimeSpan.FromSeconds(10)));
        error.ErrorCode.ShouldBe(409);
        error.Message.ShouldStartWith("Conflict: terminated by other getUpdates request");
        (await second).ShouldBeEmpty();
    }

    [Fact]
    public async Task Allowed_updates_leaves_out_the_types_the_bot_did_not_ask_for()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.InjectMessage(UserId, UserId, "hello");
        bot.Simulator.InjectCallbackQuery(UserId, UserId, messageId: 1, data: "menu:agreements");

        var updates = await bot.Client.GetUpdates(allowedUpdates: [UpdateType.CallbackQuery]);

        updates.ShouldHaveSingleItem().Type.ShouldBe(UpdateType.CallbackQuery);
    }

    [Fact]
    public async Task A_blocked_bot_gets_a_my_chat_member_update_and_403_on_the_next_send()
    {
        await using var bot = await SimulatedBot.StartAsync();

        bot.Simulator.InjectMyChatMember(UserId, UserId, newStatus: "kicked");
        var update = (await bot.Client.GetUpdates()).ShouldHaveSingleItem();

        update.Type.ShouldBe(UpdateType.MyChatMember);
        update.MyChatMember!.NewChatMember.Status.ShouldBe(ChatMemberStatus.Kicked);
        update.MyChatMember.OldChatMember.Status.ShouldBe(ChatMemberStatus.Member);
        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "still there?"));
        error.ErrorCode.ShouldBe(403);
    }
}
