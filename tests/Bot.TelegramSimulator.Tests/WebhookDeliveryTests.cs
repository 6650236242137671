using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Bot.TelegramSimulator.Tests;

public sealed class WebhookDeliveryTests
{
    private const long UserId = 8008;
    private const string Secret = "kzbg-Secret_42";

    private static readonly BotApiSimulatorOptions QuickRetries = new() { WebhookRetryDelay = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task Updates_are_POSTed_to_the_webhook_in_order_one_per_request_with_the_secret_header()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url, secretToken: Secret);

        var injected = new List<Updates.InjectedMessage>();
        foreach (var text in (string[])["one", "two", "three"])
        {
            injected.Add(bot.Simulator.InjectMessage(UserId, UserId, text));
        }

        var received = await receiver.WaitForAcceptedAsync(3);

        received.Select(r => r.Update.Id).ShouldBe(injected.Select(i => i.UpdateId));
        received.Select(r => r.Update.Message!.Text).ShouldBe(["one", "two", "three"]);
        received.ShouldAllBe(r => r.SecretToken == Secret && r.Path == "/telegram/webhook");
        received[0].ContentType.ShouldNotBeNull().ShouldStartWith("application/json");
        bot.Simulator.WebhookUrl.ShouldBe(receiver.Url);
        bot.Simulator.WebhookSecretToken.ShouldBe(Secret);
        await Loopback.WaitUntilAsync(() => bot.Simulator.PendingUpdateCount == 0);
        var info = await bot.Client.GetWebhookInfo();
        info.Url.ShouldBe(receiver.Url);
        info.PendingUpdateCount.ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_secret_token_the_header_is_left_out()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url);

        bot.Simulator.InjectMessage(UserId, UserId, "hi");

        (await receiver.WaitForAcceptedAsync(1)).ShouldHaveSingleItem().SecretToken.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_webhook_gets_the_same_update_again_and_nothing_overtakes_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url, secretToken: Secret);
        receiver.FailNext(2);

        var first = bot.Simulator.InjectMessage(UserId, UserId, "first");
        var second = bot.Simulator.InjectMessage(UserId, UserId, "second");
        await receiver.WaitForAcceptedAsync(2);

        receiver.Received.Select(r => (r.Update.Id, r.Status)).ShouldBe(
        [
            (first.UpdateId, 500), (first.UpdateId, 500), (first.UpdateId, 200), (second.UpdateId, 200),
        ]);
        bot.Simulator.WebhookDeliveries.Count(d => !d.Succeeded).ShouldBe(2);
        var info = await bot.Client.GetWebhookInfo();
        info.LastErrorMessage.ShouldNotBeNull().ShouldContain("500");
        info.LastErrorDate.ShouldNotBeNull();
    }

    [Fact]
    public async Task An_unreachable_webhook_keeps_the_update_until_a_reachable_one_is_set()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook($"http://127.0.0.1:{Loopback.ClosedPort()}/hook");

        var injected = bot.Simulator.InjectMessage(UserId, UserId, "are you there?");
        var failure = (await bot.Simulator.WaitForWebhookDeliveriesAsync(d => !d.Succeeded)).Single();
        bot.Simulator.PendingUpdateCount.ShouldBe(1);
        await bot.Client.SetWebhook(receiver.Url);

        (await receiver.WaitForAcceptedAsync(1)).ShouldHaveSingleItem().Update.Id.ShouldBe(injected.UpdateId);
        failure.StatusCode.ShouldBeNull();
        failure.Error.ShouldNotBeNullOrEmpty();
        failure.UpdateId.ShouldBe(injected.UpdateId);
    }

    [Fact]
    public async Task Updates_injected_while_the_simulator_is_stopped_are_delivered_after_the_restart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url);
        await bot.Simulator.StopAsync();

        var injected = bot.Simulator.InjectMessage(UserId, UserId, "during the outage");
        await bot.Simulator.RestartAsync();

        (await receiver.WaitForAcceptedAsync(1)).ShouldHaveSingleItem().Update.Id.ShouldBe(injected.UpdateId);
    }

    [Fact]
    public async Task Allowed_updates_of_the_webhook_filter_what_is_pushed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url, allowedUpdates: [UpdateType.CallbackQuery]);

        bot.Simulator.InjectMessage(UserId, UserId, "not wanted");
        bot.Simulator.InjectCallbackQuery(UserId, UserId, messageId: 1, data: "wanted");

        (await receiver.WaitForAcceptedAsync(1)).ShouldHaveSingleItem().Update.CallbackQuery!.Data.ShouldBe("wanted");
        (await bot.Client.GetWebhookInfo()).AllowedUpdates.ShouldNotBeNull().ShouldBe([UpdateType.CallbackQuery]);
    }
}
