using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

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
