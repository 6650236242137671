using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.TelegramSimulator.Tests;

public sealed class EditAndCallbackTests
{
    private const long UserId = 6006;

    [Fact]
    public async Task A_button_press_arrives_as_a_callback_query_on_the_bots_message()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var menu = await bot.Client.SendMessage(UserId, "Menu", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Trade", "menu:trade")));

        var press = bot.Simulator.InjectCallbackQuery(UserId, UserId, menu.Id, "menu:trade", languageCode: "ru");
        var update = (await bot.Client.GetUpdates()).ShouldHaveSingleItem();

        update.Type.ShouldBe(UpdateType.CallbackQuery);
        var query = update.CallbackQuery.ShouldNotBeNull();
        query.Id.ShouldBe(press.CallbackQueryId);
        query.Data.ShouldBe("menu:trade");
        query.From.LanguageCode.ShouldBe("ru");
        var message = query.Message.ShouldBeOfType<Telegram.Bot.Types.Message>();
        message.Id.ShouldBe(menu.Id);
        message.Text.ShouldBe("Menu");
        message.ReplyMarkup.ShouldNotBeNull();
    }

    [Fact]
    public async Task AnswerCallbackQuery_is_recorded_once_and_a_second_answer_gets_400()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var press = bot.Simulator.InjectCallbackQuery(UserId, UserId, messageId: 1, data: "x");

        await bot.Client.AnswerCallbackQuery(press.CallbackQueryId, "Loading…", showAlert: true);
        var again = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.AnswerCallbackQuery(press.CallbackQueryId));
        var unknown = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.AnswerCallbackQuery("123"));

        var answer = bot.Simulator.CallbackAnswers.ShouldHaveSingleItem();
        answer.CallbackQueryId.ShouldBe(press.CallbackQueryId);
        answer.Text.ShouldBe("Loading…");
        answer.ShowAlert.ShouldBeTrue();
        again.Message.ShouldStartWith("Bad Request: query is too old");
        unknown.ErrorCode.ShouldBe(400);
    }

    [Fact]
    public async Task EditMessageText_changes_the_text_and_keyboard_and_records_the_edit()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(UserId, "Page 1", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next", "page:2")));

        var edited = await bot.Client.EditMessageText(
            UserId, sent.Id, "<i>Page 2</i>", ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Back", "page:1")));

        edited.Id.ShouldBe(sent.Id);
        edited.Text.ShouldBe("Page 2");
        edited.EditDate.ShouldNotBeNull();
        edited.ReplyMarkup.ShouldNotBeNull().InlineKeyboard.Single().Single().CallbackData.ShouldBe("page:1");
        var edit = bot.Simulator.Edits.ShouldHaveSingleItem();
        edit.MessageId.ShouldBe(sent.Id);
        edit.PlainText.ShouldBe("Page 2");
        edit.InlineButtons.ShouldHaveSingleItem().CallbackData.ShouldBe("page:1");
        bot.Simulator.Sent.ShouldHaveSingleItem().PlainText.ShouldBe("Page 1", "the journal keeps what was sent");
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_gets_400_message_is_not_modified()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next", "page:2"));
        var sent = await bot.Client.SendMessage(UserId, "<b>Same</b>", ParseMode.Html, replyMarkup: keyboard);

        var error = await Should.ThrowAsync<ApiRequestException>(
            () => bot.Client.EditMessageText(UserId, sent.Id, "<b>Same</b>", ParseMode.Html, replyMarkup: keyboard));
        var withoutKeyboard = await bot.Client.EditMessageText(UserId, sent.Id, "<b>Same</b>", ParseMode.Html);

        error.Message.ShouldStartWith("Bad Request: message is not modified");
        withoutKeyboard.ReplyMarkup.ShouldBeNull("an edit without reply_markup removes the inline keyboard");
    }

    [Fact]
    public async Task A_reply_keyboard_is_not_part_of_the_message_so_an_edit_of_the_same_text_changes_nothing()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(UserId, "Language?", replyMarkup: new ReplyKeyboardMarkup(new KeyboardButton("English")));

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.EditMessageText(UserId, sent.Id, "Language?"));

        error.Message.ShouldStartWith("Bad Request: message is not modified");
    }

    [Fact]
    public async Task Editing_a_message_that_does_not_exist_or_is_the_users_gets_400()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var users = bot.Simulator.InjectMessage(UserId, UserId, "mine");

        var missing = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.EditMessageText(UserId, 424242, "x"));
        var foreign = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.EditMessageText(UserId, users.MessageId, "x"));

        missing.Message.ShouldBe("Bad Request: message to edit not found");
        foreign.Message.ShouldBe("Bad Request: message can't be edited");
    }

    [Fact]
    public async Task DeleteMessage_removes_the_message_once()
    {
        await using var bot = await SimulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(UserId, "temporary");

        await bot.Client.DeleteMessage(UserId, sent.Id);
        var again = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.DeleteMessage(UserId, sent.Id));

        bot.Simulator.DeletedMessages.ShouldHaveSingleItem().MessageId.ShouldBe(sent.Id);
        again.Message.ShouldBe("Bad Request: message to delete not found");
    }

    [Fact]
    public async Task Chat_actions_are_recorded_in_order()
    {
        await using var bot = await SimulatedBot.StartAsync();

        await bot.Client.SendChatAction(UserId, ChatAction.Typing);
        await bot.Client.SendChatAction(UserId, ChatAction.UploadPhoto);

        bot.Simulator.ChatActions.Select(a => a.Action).ShouldBe(["typing", "upload_photo"]);
    }
}
