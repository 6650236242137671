using Bot.Knowledge.Alerts;
using Bot.Knowledge.Chats;
using Bot.Telegram.Localization;

namespace Bot.Telegram.Commands;

public static class SubscriptionLabels
{
    public static string Of(SubscriptionRow s, string lang) => s.Kind switch
    {
        SubscriptionBook.All => BotTexts.Get(lang, "all_agreements"),
        SubscriptionBook.Topic => BotTexts.Get(lang, "domain." + s.Value),
        _ => s.Label,
    };
}
