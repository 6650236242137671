using Bot.Answering.Language;
using Bot.Knowledge.Chats;

namespace Bot.Telegram.Routing;

/// <summary>The chat's chosen language (/lang), else the user's Telegram language, else the language of the text.</summary>
public static class LanguageResolver
{
    public static string For(ChatRow chat, Incoming m) =>
        LanguageChooser.Normalize(chat.Language) ?? LanguageChooser.Choose(null, m.UserLanguage, m.Text.StartsWith('/') ? "" : m.Text);
}
