using Bot.Answering.Localization;
using Bot.Telegram.Localization;
using Bot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Before the first update: learn who the bot is (getMe, retried while Telegram is unreachable) and register the
/// command menus for each language and for private and group chats. A menu failure is logged, not fatal.
/// </summary>
public sealed class BotStartup(ITelegramBotClient bot, BotIdentity identity, TimeProvider clock, ILogger<BotStartup> logger)
{
    public static readonly string[] PrivateCommands = ["start", "help", "agreements", "trade", "sources", "subscribe", "unsubscribe", "subscriptions", "digest", "lang", "new"];
    public static readonly string[] GroupCommands = ["ask", "agreements", "trade", "subscribe", "unsubscribe", "subscriptions", "digest", "help"];

    /// <exception cref="BotTokenRefusedException">Telegram refuses the token: retrying cannot help.</exception>
    public async Task RunAsync(CancellationToken ct)
    {
        User me;
        try
        {
            me = await TelegramRetry.Forever("Connecting to Telegram (getMe)", clock, logger).ExecuteAsync(async t => await bot.GetMe(t), ct);
        }
        catch (Exception e) when (TelegramErrors.Classify(e) == FailureKind.Unauthorized)
        {
            throw new BotTokenRefusedException();
        }
        identity.Id = me.Id;
        identity.Username = me.Username ?? "";
        logger.LogInformation("Connected to Telegram as @{Username}", identity.Username);
        await RegisterMenusAsync(ct);
    }

    async Task RegisterMenusAsync(CancellationToken ct)
    {
        // The default menu (no language code), then one per language.
        foreach (var lang in Texts.Languages.Prepend(""))
        {
            try
            {
                var textLang = lang.Length == 0 ? "en" : lang;
                await bot.SetMyCommands(Menu(PrivateCommands, textLang), BotCommandScope.AllPrivateChats(), lang.Length == 0 ? null : lang, ct);
                await bot.SetMyCommands(Menu(GroupCommands, textLang), BotCommandScope.AllGroupChats(), lang.Length == 0 ? null : lang, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && !TelegramErrors.IsStop(e, ct))
            {
                logger.LogWarning("Could not register the command menu for language '{Lang}': {Reason}", lang, TelegramErrors.Describe(e));
            }
        }
    }

    static IEnumerable<BotCommand> Menu(string[] commands, string lang) =>
        commands.Select(c => new BotCommand { Command = c, Description = BotTexts.Get(lang, "cmd." + c) });
}
