using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.TelegramSimulator.Tests;

public sealed class SendMessageOptionsTests
{
    private const long UserId = 2002;

    [Fact]
    public async Task Inline_buttons_are_recorded_with_their_callback_data_and_urls_and_echoed_in_the_message()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var keyboard = new InlineKeyboardMarkup(
        [
            [InlineKeyboardButton.WithCallbackData("Agreements", "menu:agreements"), InlineKeyboardButton.WithCallbackData("Trade", "menu:trade")],
            [InlineKeyboardButton.WithUrl("Source", "https://www.akorda.kz/")],
        ]);

        var message = await bot.Client.SendMessage(UserId, "Choose:", replyMarkup: keyboard);

        message.ReplyMarkup.ShouldNotBeNull().InlineKeyboard.SelectMany(r => r).Select(b => b.Text).ShouldBe(["Agreements", "Trade", "Source"]);
        var sent = bot.Simulator.Sent.ShouldHaveSingleItem();
        sent.HasInlineKeyboard.ShouldBeTrue();
        sent.InlineButtons.Select(b => (b.Row, b.Column, b.Text, b.CallbackData, b.Url)).ShouldBe(
        [
            (0, 0, "Agreements", "menu:agreements", null),
            (0, 1, "Trade", "menu:trade", null),
            (1, 0, "Source", null, "https://www.akorda.kz/"),
        ]);
    }

    [Fact]
    public async Task A_reply_keyboard_is_recorded_but_is_not_an_inline_keyboard()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var message = await bot.Client.SendMessage(UserId, "Language?", replyMarkup: new ReplyKeyboardMarkup(new KeyboardButton("Русский"), new KeyboardButton("English")));

        message.ReplyMarkup.ShouldBeNull("Telegram echoes only inline keyboards");
        var sent = bot.Simulator.Sent.ShouldHaveSingleItem();
        sent.HasInlineKeyboard.ShouldBeFalse();
        sent.ReplyMarkupJson.ShouldNotBeNull().ShouldContain("Русский");
    }

    [Fact]
    public async Task Callback_data_over_64_bytes_gets_400_BUTTON_DATA_INVALID()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Too long", new string('ж', 33)));

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "x", replyMarkup: keyboard));

        error.Message.ShouldBe("Bad Request: BUTTON_DATA_INVALID");
    }

    [Fact]
    public async Task A_reply_is_recorded_with_the_message_it_answers_and_quotes_it()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var question = bot.Simulator.InjectMessage(UserId, UserId, "When was the last agreement signed?");

        var answer = await bot.Client.SendMessage(UserId, "In 2024.", replyParameters: question.MessageId);

        answer.ReplyToMessage.ShouldNotBeNull().Text.ShouldBe("When was the last agreement signed?");
        var sent = bot.Simulator.Sent.ShouldHaveSingleItem();
        sent.ReplyToMessageId.ShouldBe(question.MessageId);
        sent.ReplyParametersJson.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_to_a_message_that_does_not_exist_gets_400_unless_sending_without_reply_is_allowed()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "x", replyParameters: 999_999));
        var sent = await bot.Client.SendMessage(
            UserId, "y", replyParameters: new ReplyParameters { MessageId = 999_999, AllowSendingWithoutReply = true });

        error.Message.ShouldBe("Bad Request: message to be replied not found");
        sent.ReplyToMessage.ShouldBeNull();
    }

    [Fact]
    public async Task Link_preview_options_and_disable_notification_are_recorded()
    {
        await using var bot = await SimulatedBot.StartAsync();

        await bot.Client.SendMessage(
            UserId, "Alert: new agreement", linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, disableNotification: true);
        await bot.Client.SendMessage(UserId, "https://example.org loud");

        var sent = bot.Simulator.Sent;
        sent[0].LinkPreviewDisabled.ShouldBeTrue();
        sent[0].LinkPreviewOptionsJson.ShouldNotBeNull();
        sent[0].DisableNotification.ShouldBeTrue();
        sent[1].LinkPreviewDisabled.ShouldBeFalse();
        sent[1].DisableNotification.ShouldBeFalse();
    }
}
