using Bot.Answering.Language;
using Bot.Answering.Localization;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;
using Bot.Telegram.Rendering;
using Bot.Telegram.Routing;

namespace Bot.Telegram.Commands;

/// <summary>/lang [en|ru|bg|kk] — sets the chat's answer language, or offers the four as buttons.</summary>
public sealed class LangHandler(ChatDirectory chats) : ICommandHandler
{
    public string Command => "lang";

    public Task<Reply?> HandleAsync(HandlerContext ctx, CancellationToken ct)
    {
        if (LanguageChooser.Normalize(ctx.Argument) is { } chosen) return Task.FromResult<Reply?>(Set(ctx, chosen));
        var buttons = Texts.Languages.Select(l => new Button(Texts.Get(l, "lang_name"), $"lang:{l}")).ToList();
        return Task.FromResult<Reply?>(Reply.Text(Html.Escape(BotTexts.Get(ctx.Lang, "lang_prompt"))) with { Buttons = [buttons] });
    }

    public Reply Set(HandlerContext ctx, string lang)
    {
        chats.SetLanguage(ctx.ChatId, lang);
        return Reply.Text(Html.Escape(BotTexts.Get(lang, "lang_set")));
    }
}
