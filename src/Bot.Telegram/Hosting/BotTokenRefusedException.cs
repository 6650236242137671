namespace Bot.Telegram.Hosting;

/// <summary>Telegram answered 401 to the bot token: retrying cannot help, so the bot stops and says what to set.</summary>
public sealed class BotTokenRefusedException()
    : Exception("Telegram refused the bot token (401). Set Telegram:BotToken to the token from @BotFather.");
