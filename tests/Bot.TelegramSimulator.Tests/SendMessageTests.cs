using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.TelegramSimulator.Tests;

public sealed class SendMessageTests
{
    private const long UserId = 2002;

    [Fact]
    public async Task Balanced_known_HTML_tags_are_accepted_and_become_entities_of_the_plain_text()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var message = await bot.Client.SendMessage(
            UserId, "<b>Agreements</b> with <a href=\"https://example.org/kz\">Kazakhstan</a> &amp; <i>Bulgaria</i>", ParseMode.Html);

        message.Text.ShouldBe("Agreements with Kazakhstan & Bulgaria");
        message.Entities.ShouldNotBeNull().Select(e => (e.Type, e.Offset, e.Length)).ShouldBe(
        [
            (MessageEntityType.Bold, 0, 10), (MessageEntityType.TextLink, 16, 10), (MessageEntityType.Italic, 29, 8),
        ]);
        message.Entities[1].Url.ShouldBe("https://example.org/kz");
        var sent = bot.Simulator.Sent.ShouldHaveSingleItem();
        sent.ChatId.ShouldBe(UserId);
        sent.MessageId.ShouldBe(message.Id);
        sent.ParseMode.ShouldNotBeNull().ShouldBe("html", StringCompareShould.IgnoreCase);
        sent.Text.ShouldStartWith("<b>Agreements</b>");
        sent.PlainText.ShouldBe(message.Text);
    }

    [Theory]
    [InlineData("<b>unclosed bold")]
    [InlineData("closing without opening</i>")]
    [InlineData("<b><i>crossed</b></i>")]
    [InlineData("<div>unknown tag</div>")]
    [InlineData("<br/>line break")]
    [InlineData("1 < 2")]
    [InlineData("Tom & Jerry")]
    public async Task Malformed_or_unsupported_HTML_gets_400_cant_parse_entities_and_nothing_is_sent(string html)
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, html, ParseMode.Html));

        error.ErrorCode.ShouldBe(400);
        error.Message.ShouldStartWith("Bad Request: can't parse entities: ");
        bot.Simulator.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_same_text_without_a_parse_mode_is_sent_as_is()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var message = await bot.Client.SendMessage(UserId, "1 < 2 & <b>");

        message.Text.ShouldBe("1 < 2 & <b>");
        bot.Simulator.Sent.ShouldHaveSingleItem().ParseMode.ShouldBeNull();
    }

    [Fact]
    public async Task The_4096_character_limit_counts_the_text_after_tags_and_entities_are_parsed()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var full = new string('a', 4095);

        await bot.Client.SendMessage(UserId, $"<b>{full}</b>&lt;", ParseMode.Html);
        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, $"<b>{full}</b>&lt;&gt;", ParseMode.Html));

        error.ErrorCode.ShouldBe(400);
        error.Message.ShouldBe("Bad Request: message is too long");
        bot.Simulator.Sent.ShouldHaveSingleItem().PlainText.Length.ShouldBe(4096);
    }

    [Fact]
    public async Task Leading_and_trailing_white_space_is_trimmed_and_entities_follow_the_text()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var message = await bot.Client.SendMessage(UserId, "\n  <b>Hi</b> there <i> </i>\n", ParseMode.Html);

        message.Text.ShouldBe("Hi there");
        message.Entities.ShouldNotBeNull().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Type.ShouldBe(MessageEntityType.Bold), e => e.Offset.ShouldBe(0), e => e.Length.ShouldBe(2));
    }

    [Fact]
    public async Task An_empty_text_gets_400()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SendMessage(UserId, "<b> </b>", ParseMode.Html));

        error.Message.ShouldBe("Bad Request: message text is empty");
    }

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

    [Fact]
    public async Task WaitForSentAsync_returns_once_the_bot_has_sent_a_matching_message()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var waiting = bot.Simulator.WaitForSentAsync(m => m.PlainText.Contains("Astana", StringComparison.Ordinal));
        await bot.Client.SendMessage(UserId, "Sofia");
        await bot.Client.SendMessage(UserId, "Astana");

        (await waiting).ShouldHaveSingleItem().PlainText.ShouldBe("Astana");
        await Should.ThrowAsync<TimeoutException>(() => bot.Simulator.WaitForSentAsync(m => m.ChatId == 1, timeout: TimeSpan.FromMilliseconds(50)));
    }
}
