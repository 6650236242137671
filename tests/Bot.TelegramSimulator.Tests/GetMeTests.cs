using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.TelegramSimulator.Tests;

public sealed class GetMeTests
{
    [Fact]
    public async Task GetMe_returns_the_bot_whose_id_is_the_number_before_the_colon_of_the_token()
    {
        await using var bot = await SimulatedBot.StartAsync(new BotApiSimulatorOptions
        {
            Token = "123456789:AAE_simulated-secret", BotUsername = "kzbg_probe_bot", BotFirstName = "Probe",
        });

        var me = await bot.Client.GetMe();

        me.Id.ShouldBe(123456789);
        me.IsBot.ShouldBeTrue();
        me.Username.ShouldBe("kzbg_probe_bot");
        me.FirstName.ShouldBe("Probe");
        bot.Simulator.BotId.ShouldBe(123456789);
        bot.Simulator.CallCount("getMe").ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_token_gets_401_Unauthorized()
    {
        await using var bot = await SimulatedBot.StartAsync();

        var error = await Should.ThrowAsync<ApiRequestException>(() => bot.ClientWithToken("42:not-the-token").GetMe());

        error.ErrorCode.ShouldBe(401);
        error.Message.ShouldBe("Unauthorized");
    }

    [Fact]
    public void A_token_without_the_id_colon_secret_form_is_refused_at_start()
    {
        Should.Throw<ArgumentException>(() => BotApiSimulator.StartAsync(new BotApiSimulatorOptions { Token = "no-colon-here" }));
    }
}
