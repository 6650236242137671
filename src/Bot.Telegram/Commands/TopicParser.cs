using Bot.Knowledge.Extraction;

namespace Bot.Telegram.Commands;

/// <summary>A topic as users write it in any of the four languages ("транспорт", "twinning", "образование") → a domain id.</summary>
public static class TopicParser
{
    public static string? Domain(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        if (AgreementVocabulary.Domains.Any(d => d.Domain == t)) return t;
        // Short arguments only: "agreements with the port of Varna" is a keyword subscription, not the transport topic.
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) return null;
        return AgreementVocabulary.Domains.FirstOrDefault(d => d.Pattern.IsMatch(t)).Domain;
    }
}
