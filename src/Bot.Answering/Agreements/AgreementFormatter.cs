using Bot.Answering.Composing;
using Bot.Answering.Localization;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;

namespace Bot.Answering.Agreements;

/// <summary>One agreement as a line: kind and title, parties with their countries, date and place, sources.</summary>
public static class AgreementFormatter
{
    public static string Line(Agreement a, string lang, CitationBook book)
    {
        var parts = new List<string>();
        var kind = Texts.Has("kind." + a.Kind) ? Texts.Get(lang, "kind." + a.Kind) : a.Kind;
        var head = a.Title.StartsWith(kind, StringComparison.OrdinalIgnoreCase) || lang == "en" && a.Title.Contains(kind, StringComparison.OrdinalIgnoreCase)
            ? a.Title : $"{kind}: {a.Title}";
        if (a.Parties.Count > 0)
            parts.Add(Texts.Get(lang, "parties", string.Join(" – ", a.Parties.Select(p => p.Country is null ? p.Name : $"{p.Name} ({p.Country})"))));
        if (a.Signed is not null) parts.Add(Texts.Get(lang, "signed_on", Formats.Date(a.Signed, lang)));
        if (a.Place is not null) parts.Add(Texts.Get(lang, "in_place", Gazetteer.NameInScript(a.Place, cyrillic: lang != "en")));
        return $"• {head}; {string.Join("; ", parts)} {book.Mark(a.Sources)}";
    }
}
