using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Bot.TelegramSimulator.Tests;

public sealed class CommandTests
{
    [Fact]
    public async Task Command_lists_are_kept_per_language_and_scope()
    {
        await using var bot = await SimulatedBot.StartAsync();

        await bot.Client.SetMyCommands([new BotCommand("start", "Start"), new BotCommand("help", "Help")]);
        await bot.Client.SetMyCommands([new BotCommand("start", "Начать")], languageCode: "ru");
        await bot.Client.SetMyCommands([new BotCommand("subscribe", "Alerts")], BotCommandScope.AllPrivateChats());
        await bot.Client.SetMyCommands([new BotCommand("admins", "Group admins")], BotCommandScope.Chat(-777), "en");

        bot.Simulator.CommandsFor().Select(c => c.Command).ShouldBe(["start", "help"]);
        bot.Simulator.CommandsFor("ru").ShouldHaveSingleItem().Description.ShouldBe("Начать");
        bot.Simulator.CommandsFor(scopeType: "all_private_chats").ShouldHaveSingleItem().Command.ShouldBe("subscribe");
        bot.Simulator.RegisteredCommands.Keys.ShouldContain(new Recording.CommandScopeKey("chat", "en", ChatId: -777));
        (await bot.Client.GetMyCommands(languageCode: "ru")).ShouldHaveSingleItem().Description.ShouldBe("Начать");
        (await bot.Client.GetMyCommands(languageCode: "kk")).ShouldBeEmpty("no fallback to another language, as in the Bot API");
    }

    [Fact]
    public async Task DeleteMyCommands_clears_only_its_own_language()
    {
        await using var bot = await SimulatedBot.StartAsync();
        await bot.Client.SetMyCommands([new BotCommand("start", "Start")]);
        await bot.Client.SetMyCommands([new BotCommand("start", "Начать")], languageCode: "ru");

        await bot.Client.DeleteMyCommands(languageCode: "ru");

        bot.Simulator.CommandsFor("ru").ShouldBeEmpty();
        bot.Simulator.CommandsFor().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Start", "Start")]
    [InlineData("/start", "Start")]
    [InlineData("start", "")]
    public async Task A_bad_command_name_or_empty_description_gets_400(string command, string description)
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.Client.SetMyCommands([new BotCommand(command, description)]));

        error.ErrorCode.ShouldBe(400);
        bot.Simulator.RegisteredCommands.ShouldBeEmpty();
    }
}
