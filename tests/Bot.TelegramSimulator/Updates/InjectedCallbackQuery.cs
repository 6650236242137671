namespace Bot.TelegramSimulator.Updates;

/// <summary>An injected button press: the id the bot must pass to answerCallbackQuery.</summary>
public sealed record InjectedCallbackQuery(int UpdateId, string CallbackQueryId);
