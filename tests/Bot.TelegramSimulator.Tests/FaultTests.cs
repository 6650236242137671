using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.TelegramSimulator.Tests;

public sealed class FaultTests
{
    private const long UserId = 3003;
    private const long GroupId = -4004;

    [Fact]
    public async Task Past_the_private_chat_flood_limit_a_send_gets_429_with_retry_after_and_gets_through_after_waiting()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var bot = await SimulatedBot.StartAsync(new BotApiSimulatorOptions { TimeProvider = clock });
        bot.Simulator.Faults.RateLimitsEnabled = true;

        await bot.Client.SendMessage(UserId, "first");
        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "second, too soon"));
        await bot.Client.SendMessage(UserId + 1, "another chat is not held up");
        clock.Advance(TimeSpan.FromSeconds(error.Parameters!.RetryAfter!.Value));
        await bot.Client.SendMessage(UserId, "second, after waiting");

        error.ErrorCode.ShouldBe(429);
        error.Parameters.RetryAfter.ShouldBe(1);
        error.Message.ShouldBe("Too Many Requests: retry after 1");
        bot.Simulator.Count429.ShouldBe(1);
        bot.Simulator.Sent.Select(m => m.PlainText).ShouldBe(["first", "another chat is not held up", "second, after waiting"]);
    }

    [Fact]
    public async Task A_group_takes_20_messages_a_minute_and_the_retry_after_says_when_the_oldest_leaves_the_window()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        await using var bot = await SimulatedBot.StartAsync(new BotApiSimulatorOptions { TimeProvider = clock });
        bot.Simulator.Faults.RateLimitsEnabled = true;
        for (var i = 0; i < 20; i++)
        {
            await bot.Client.SendMessage(GroupId, $"m{i}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(GroupId, "21st"));

        error.Parameters!.RetryAfter.ShouldBe(40);
    }

    [Fact]
    public async Task Rate_limits_are_off_by_default()
    {
        await using var bot = await SimulatedBot.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await bot.Client.SendMessage(UserId, $"m{i}");
        }

        bot.Simulator.Count429.ShouldBe(0);
        bot.Simulator.Sent.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Telegram_Bot_retries_a_short_429_by_itself_and_the_message_goes_through()
    {
        await using var bot = await SimulatedBot.StartAsync(retryThreshold: 60);
        bot.Simulator.Faults.FailNext("sendMessage", 1, SimulatedError.TooManyRequests(1));

        var message = await bot.Client.SendMessage(UserId, "eventually");

        message.Text.ShouldBe("eventually");
        bot.Simulator.CallCount("sendMessage").ShouldBe(2);
        bot.Simulator.Count429.ShouldBe(1);
    }

    [Fact]
    public async Task A_blocked_chat_gets_403_until_it_is_unblocked_and_nothing_is_recorded_meanwhile()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.Faults.BlockChat(UserId);

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "hello?"));
        var action = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendChatAction(UserId, Telegram.Bot.Types.Enums.ChatAction.Typing));
        bot.Simulator.Faults.UnblockChat(UserId);
        await bot.Client.SendMessage(UserId, "welcome back");

        error.ErrorCode.ShouldBe(403);
        error.Message.ShouldBe("Forbidden: bot was blocked by the user");
        action.ErrorCode.ShouldBe(403);
        bot.Simulator.Count403.ShouldBe(2);
        bot.Simulator.Sent.ShouldHaveSingleItem().PlainText.ShouldBe("welcome back");
    }

    [Fact]
    public async Task A_migrated_group_answers_400_with_the_supergroup_id_to_use_instead()
    {
        await using var bot = await SimulatedBot.StartAsync();
        const long supergroupId = -1_001_234_567_890;
        bot.Simulator.Faults.MigrateChat(GroupId, supergroupId);

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(GroupId, "news"));
        var message = await bot.Client.SendMessage(error.Parameters!.MigrateToChatId!.Value, "news");

        error.ErrorCode.ShouldBe(400);
        error.Message.ShouldBe("Bad Request: group chat was upgraded to a supergroup chat");
        error.Parameters.MigrateToChatId.ShouldBe(supergroupId);
        message.Chat.Id.ShouldBe(supergroupId);
        message.Chat.Type.ShouldBe(Telegram.Bot.Types.Enums.ChatType.Supergroup);
    }

    [Fact]
    public async Task FailNext_fails_exactly_that_many_calls_of_that_method()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.Faults.FailNext("sendMessage", 2, SimulatedError.BadGateway);

        var first = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "1"));
        var second = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "2"));
        await bot.Client.GetMe();
        await bot.Client.SendMessage(UserId, "3");

        first.ErrorCode.ShouldBe(502);
        second.ErrorCode.ShouldBe(502);
        bot.Simulator.Sent.ShouldHaveSingleItem().PlainText.ShouldBe("3");
    }

    [Fact]
    public async Task A_server_error_rate_of_one_fails_every_call_of_the_named_methods_only()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.Faults.SetServerErrorRate(1.0, seed: 7, "sendMessage");

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "x"));
        var me = await bot.Client.GetMe();

        error.ErrorCode.ShouldBe(502);
        me.Id.ShouldBe(bot.Simulator.BotId);
        bot.Simulator.Faults.Reset();
        await bot.Client.SendMessage(UserId, "after reset");
        bot.Simulator.Sent.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_slow_reply_still_arrives_and_a_client_that_gives_up_cancels_cleanly()
    {
        await using var bot = await SimulatedBot.StartAsync();
        bot.Simulator.Faults.SetSlowReplies(1.0, TimeSpan.FromSeconds(30), seed: 1, "getMe");
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Should.ThrowAsync<OperationCanceledException>(() => bot.Client.GetMe(giveUp.Token));
        bot.Simulator.Faults.SetSlowReplies(1.0, TimeSpan.FromMilliseconds(100), seed: 1, "getMe");
        var me = await bot.Client.GetMe();

        me.Id.ShouldBe(bot.Simulator.BotId);
    }
}
