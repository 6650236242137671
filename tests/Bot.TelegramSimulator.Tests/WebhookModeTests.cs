using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.TelegramSimulator.Tests;

public sealed class WebhookModeTests
{
    private const long UserId = 8008;

    private static readonly BotApiSimulatorOptions QuickRetries = new() { WebhookRetryDelay = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task GetUpdates_gets_409_while_a_webhook_is_set_and_works_again_after_deleteWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook(receiver.Url);

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.GetUpdates());
        await bot.Client.DeleteWebhook();
        bot.Simulator.InjectMessage(UserId, UserId, "polling again");
        var updates = await bot.Client.GetUpdates();

        error.ErrorCode.ShouldBe(409);
        error.Message.ShouldBe("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        updates.ShouldHaveSingleItem().Message!.Text.ShouldBe("polling again");
        receiver.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task Setting_a_webhook_ends_a_waiting_long_poll_with_409()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        var poll = bot.Client.GetUpdates(timeout: 30);
        await bot.Simulator.WaitForCallsAsync("getUpdates");

        await bot.Client.SetWebhook(receiver.Url);

        var error = await Should.ThrowAsync<ApiRequestException>(() => poll.WaitAsync(TimeSpan.FromSeconds(10)));
        error.ErrorCode.ShouldBe(409);
        error.Message.ShouldBe("Conflict: terminated by setWebhook request");
    }

    [Fact]
    public async Task DeleteWebhook_with_drop_pending_updates_forgets_what_was_not_delivered()
    {
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook($"http://127.0.0.1:{Loopback.ClosedPort()}/hook");
        bot.Simulator.InjectMessage(UserId, UserId, "lost");
        await bot.Simulator.WaitForWebhookDeliveriesAsync(d => !d.Succeeded);

        await bot.Client.DeleteWebhook(dropPendingUpdates: true);

        bot.Simulator.PendingUpdateCount.ShouldBe(0);
        (await bot.Client.GetUpdates()).ShouldBeEmpty();
        bot.Simulator.WebhookUrl.ShouldBeNull();
    }

    [Fact]
    public async Task DeleteWebhook_without_dropping_hands_the_undelivered_updates_to_getUpdates()
    {
        await using var bot = await SimulatedBot.StartAsync(QuickRetries);
        await bot.Client.SetWebhook($"http://127.0.0.1:{Loopback.ClosedPort()}/hook");
        var kept = bot.Simulator.InjectMessage(UserId, UserId, "kept");
        await bot.Simulator.WaitForWebhookDeliveriesAsync(d => !d.Succeeded);

        await bot.Client.DeleteWebhook();

        (await bot.Client.GetUpdates()).ShouldHaveSingleItem().Id.ShouldBe(kept.UpdateId);
    }

    [Theory]
    [InlineData("http://example.org/hook", null, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")]
    [InlineData("not a url", null, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")]
    [InlineData("http://127.0.0.1:1/hook", "bad secret!", "Bad Request: secret token contains unallowed characters")]
    public async Task A_bad_webhook_url_or_secret_gets_400_and_leaves_polling_on(string url, string? secret, string description)
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SetWebhook(url, secretToken: secret));

        error.Message.ShouldBe(description);
        bot.Simulator.WebhookUrl.ShouldBeNull();
    }
}
