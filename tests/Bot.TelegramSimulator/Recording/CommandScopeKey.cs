namespace Bot.TelegramSimulator.Recording;

/// <summary>
/// Where a command list applies: the scope's "type" ("default", "all_private_chats", "chat", ...), the language code
/// ("" for all languages), and the chat or user of the narrower scopes.
/// </summary>
public sealed record CommandScopeKey(string ScopeType, string LanguageCode, long? ChatId = null, long? UserId = null);
