using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.TelegramSimulator.Tests;

public sealed class PhotoTests
{
    private const long UserId = 5005;
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 250, 251, 0, 7];

    [Fact]
    public async Task An_uploaded_photo_is_recorded_with_its_bytes_name_caption_and_buttons()
    {
        await using var bot = await SimulatedBot.StartAsync();
        using var stream = new MemoryStream(Png);

        var message = await bot.Client.SendPhoto(
            UserId, InputFile.FromStream(stream, "trade-2024.png"), caption: "<b>Trade</b> KZ–BG", parseMode: ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Table", "trade:table")), disableNotification: true);

        message.Photo.ShouldNotBeNull().ShouldNotBeEmpty();
        message.Caption.ShouldBe("Trade KZ–BG");
        message.CaptionEntities.ShouldNotBeNull().ShouldHaveSingleItem().Type.ShouldBe(MessageEntityType.Bold);
        var photo = bot.Simulator.Photos.ShouldHaveSingleItem();
        photo.ChatId.ShouldBe(UserId);
        photo.MessageId.ShouldBe(message.Id);
        photo.Content.ToArray().ShouldBe(Png);
        photo.FileName.ShouldBe("trade-2024.png");
        photo.Caption.ShouldBe("<b>Trade</b> KZ–BG");
        photo.InlineButtons.ShouldHaveSingleItem().CallbackData.ShouldBe("trade:table");
        photo.DisableNotification.ShouldBeTrue();
        bot.Simulator.Sent.ShouldBeEmpty("photos have their own journal");
    }

    [Fact]
    public async Task The_bot_can_download_the_photo_it_sent_by_its_file_id()
    {
        await using var bot = await SimulatedBot.StartAsync();
        using var upload = new MemoryStream(Png);
        var message = await bot.Client.SendPhoto(UserId, InputFile.FromStream(upload, "chart.png"));
        using var download = new MemoryStream();

        var file = await bot.Client.GetInfoAndDownloadFile(message.Photo![0].FileId, download);

        download.ToArray().ShouldBe(Png);
        file.FileSize.ShouldBe(Png.Length);
    }

    [Fact]
    public async Task A_photo_sent_by_url_is_recorded_with_that_reference_and_no_bytes()
    {
        await using var bot = await SimulatedBot.StartAsync();

        await bot.Client.SendPhoto(UserId, InputFile.FromUri("https://example.org/chart.png"));

        var photo = bot.Simulator.Photos.ShouldHaveSingleItem();
        photo.FileReference.ShouldBe("https://example.org/chart.png");
        photo.Content.Length.ShouldBe(0);
    }

    [Fact]
    public async Task A_caption_over_1024_characters_gets_400()
    {
        await using var bot = await SimulatedBot.StartAsync();
        using var stream = new MemoryStream(Png);

        var error = await Should.ThrowAsync<ApiRequestException>(
            () => bot.Client.SendPhoto(UserId, InputFile.FromStream(stream, "x.png"), caption: new string('c', 1025)));

        error.Message.ShouldBe("Bad Request: message caption is too long");
    }

    [Fact]
    public async Task A_document_a_user_sends_can_be_downloaded_by_the_bot()
    {
        await using var bot = await SimulatedBot.StartAsync();
        byte[] content = [1, 2, 3, 4, 5];
        bot.Simulator.InjectMessage(UserId, UserId, "my file", document: new Updates.TestDocument(content, "agreements.csv", "text/csv"));
        var document = (await bot.Client.GetUpdates()).ShouldHaveSingleItem().Message!.Document.ShouldNotBeNull();
        using var download = new MemoryStream();

        await bot.Client.GetInfoAndDownloadFile(document.FileId, download);

        document.FileName.ShouldBe("agreements.csv");
        download.ToArray().ShouldBe(content);
    }
}
