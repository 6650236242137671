using AngleSharp.Dom;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A box beside the article (an aside, a sidebar) that states the article's own facts rather than pointing to other pages:
/// a bill's card with "Treaties ratified earlier" and the law and signing of each, a profile's "Key dates". Such a box
/// holds no link, and its head neither is a section head ("Related news", "Последни новини") nor opens with a word saying it
/// lists others ("Other bills", "Другие законопроекты", "Басқа …"): its text is read with the article's. A box of teasers
/// (links, or a head of other stories) stays furniture. Words in page-layout.json (sideTags, sideRoles, sideClassWords, otherHeads).
/// </summary>
internal static class FactBox
{
    public static bool IsOne(IElement e)
    {
        if (!IsSide(e) || NamesOtherFurniture(e.ClassName) || NamesOtherFurniture(e.Id) || e.QuerySelector("a[href]") is not null || string.IsNullOrWhiteSpace(e.TextContent)) return false;
        var head = e.QuerySelector("h1, h2, h3, h4, h5, h6, header, strong, b, dt, caption")?.TextContent.Trim();
        if (head is not { Length: > 0 }) head = FirstLine(e.TextContent);
        return !OtherStories.Heads(head) && !PageLayoutWords.OtherHead.IsMatch(head) && !PageLayoutWords.NoticeStart.IsMatch(head);
    }

    /// <summary>Furniture only for standing beside the article: its tag, role, or a class or id word saying so.</summary>
    static bool IsSide(IElement e)
    {
        if (PageLayoutWords.SideTagSet.Contains(e.LocalName)) return true;
        if (e.GetAttribute("role") is { } role && PageLayoutWords.SideRoleSet.Contains(role.Trim())) return true;
        return Named(e.ClassName) || Named(e.Id);
    }

    static bool Named(string? names)
    {
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PageLayoutWords.SideClasses.Contains(name)) return true;
            foreach (var part in name.Split('-', '_'))
                if (part.Length > 0 && PageLayoutWords.SideClasses.Contains(part)) return true;
        }
        return false;
    }

    /// <summary>A class or id that also names furniture of another kind ("sidebar-weather", "aside related").</summary>
    static bool NamesOtherFurniture(string? names)
    {
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var part in name.Split('-', '_'))
                if (PageLayoutWords.Classes.Contains(part) && !PageLayoutWords.SideClasses.Contains(part)) return true;
        return false;
    }

    static string FirstLine(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOf('\n');
        return (end < 0 ? trimmed : trimmed[..end]).Trim();
    }
}
