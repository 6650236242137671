using Bot.Knowledge.Chats;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;

namespace Bot.Knowledge.Alerts;

/// <summary>Which subscriptions a newly signed agreement concerns.</summary>
public static class SubscriptionMatcher
{
    public static bool Matches(SubscriptionRow s, AgreementDraft a) => s.Kind switch
    {
        SubscriptionBook.All => true,
        SubscriptionBook.Topic => a.Domain == s.Value || a.Domain == "aviation" && s.Value == "transport",
        SubscriptionBook.Keyword => KeywordsMatch(s.Value, a),
        _ => false,
    };

    static bool KeywordsMatch(string keys, AgreementDraft a)
    {
        var text = AliasKeys.ForText($"{a.Title} {string.Join(' ', a.Parties.Select(p => p.Name))} {a.Place} {a.Domain}");
        var wanted = keys.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wanted.Length > 0 && wanted.All(text.Contains);
    }
}
