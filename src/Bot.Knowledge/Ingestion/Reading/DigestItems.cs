using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A digest: one page of several short stories, each under a heading of its own or after a separator ("* * *"), most
/// of them about other countries ("Kazakhstan, Greece sign…", "Turkish trade rose…", "Kazakhstan, Bulgaria discuss…").
/// A story of such a page that names another country and not both Kazakhstan and Bulgaria is left out of the store, so
/// its figures and agreements never answer a question about the two; the page's other stories and its lead stay, in
/// one document. The reader names the headings it saw (<see cref="SourceDocument.ItemHeads"/>): a Markdown heading, an
/// HTML h2–h4, a paragraph that is all bold; the other countries are data (places.json abroad) beside the
/// entity catalog's foreign places.
/// </summary>
public static partial class DigestItems
{
    /// <summary>Fewer stories than this is an article with sections, not a digest.</summary>
    public const int MinItems = 3;

    const int MaxHeadChars = 200;

    /// <summary>A line that only separates: "***", "* * *", "---", "———", "•••", "~~~".</summary>
    [GeneratedRegex(@"^[\s*\-_=•·~—–#]{3,}$")]
    private static partial Regex Separator();

    public static bool IsSeparator(string paragraph) => paragraph.Length <= 40 && Separator().IsMatch(paragraph) && paragraph.Count(c => !char.IsWhiteSpace(c)) >= 3;

    /// <summary>Whether a heading's text may head a story: short, one line, with words.</summary>
    public static bool IsHead(string text) => text.Length is > 0 and <= MaxHeadChars && !text.Contains('\n') && text.Any(char.IsLetter);

    /// <summary>
    /// The document without the stories of its digest that are about other countries, with a warning naming each; the
    /// document itself when it is not a digest, or when every story would go (a page the caller gave is kept whole).
    /// </summary>
    public static SourceDocument LeaveOutForeign(SourceDocument doc, EntityIndex entities)
    {
        if (!MayBeDigest(doc)) return doc;
        var items = Split(doc.Paragraphs, doc.ItemHeads);
        if (items.Count < MinItems) return doc;
        var foreign = items.Where(i => i.Headed && !IsDayOfTable(doc.Paragraphs, i) && IsForeign(string.Join("\n", doc.Paragraphs.Skip(i.From).Take(i.To - i.From)), entities)).ToList();
        if (foreign.Count == 0 || foreign.Count == items.Count) return doc;
        var gone = new HashSet<int>(foreign.SelectMany(i => Enumerable.Range(i.From, i.To - i.From)));
        var kept = doc.Paragraphs.Where((_, n) => !gone.Contains(n)).ToList();
        if (kept.Sum(p => p.Length) < 20) return doc;
        return doc with
        {
            Paragraphs = kept,
            Warnings = [.. doc.Warnings, .. foreign.Select(i => $"an item of the page left out (about another country, not Kazakhstan and Bulgaria): {doc.Paragraphs[i.From]}")],
        };
    }

    /// <summary>Enough story heads, or a separator: whether a document is worth cutting into stories at all.</summary>
    public static bool MayBeDigest(SourceDocument doc) => doc.ItemHeads.Count >= MinItems - 1 || doc.Paragraphs.Any(IsSeparator);

    sealed record Item(int From, int To, bool Headed);

    /// <summary>The page cut at its heads and separators: the lead (not headed), then one item per head.</summary>
    static List<Item> Split(IReadOnlyList<string> paragraphs, IReadOnlyList<string> heads)
    {
        var headSet = heads.Select(BlockText.Flatten).ToHashSet(StringComparer.Ordinal);
        var items = new List<Item>();
        var (from, headed) = (0, false);
        for (var n = 0; n < paragraphs.Count; n++)
        {
            var separator = IsSeparator(paragraphs[n]);
            if (!separator && !headSet.Contains(BlockText.Flatten(paragraphs[n]))) continue;
            if (n > from) items.Add(new Item(from, n, headed));
            // After a separator the next paragraph opens a story, headed or not.
            (from, headed) = separator ? (n + 1, true) : (n, true);
        }
        if (paragraphs.Count > from) items.Add(new Item(from, paragraphs.Count, headed));
        return items;
    }

    /// <summary>
    /// A day's rows of a programme ("Tuesday, 10 June" over "Tuesday, 10 June — 09:00 — Event: Departure for Tashkent …"):
    /// a head that is a date with the rows of the table it captions right under it is a row group of one table, not a
    /// story — the visit's last day names the next country on the guest's route, and is still this visit's day (the
    /// page's closing notes after the last table go with it).
    /// </summary>
    static bool IsDayOfTable(IReadOnlyList<string> paragraphs, Item item)
    {
        var head = paragraphs[item.From].Trim();
        return item.To - item.From >= 2
            && Tables.RowFields.Read(paragraphs[item.From + 1]) is { Lead.Count: > 0 } row && row.Lead[0] == head
            && DateFinder.Find(head, AnyYear).Any(d => d.Start.Day is not null);
    }

    /// <summary>Any year: a day head states none ("Sunday, 8 June"), and only whether it names a day matters.</summary>
    static readonly PartialDate AnyYear = new(2000);

    /// <summary>A story that names a country or a city abroad and not Kazakhstan and Bulgaria both.</summary>
    static bool IsForeign(string text, EntityIndex entities)
    {
        if (BothCountries.Named(text, entities)) return false;
        if (Gazetteer.NamesAbroad(text)) return true;
        return entities.FindIn(text).Any(m => m.Entity.Type is "country" or "city" && m.Entity.Country is not ("KZ" or "BG")
            && (m.Keys.Count > 1 || Capitalised(text, m.Alias)));
    }

    static bool Capitalised(string text, string alias)
    {
        var at = text.IndexOf(alias, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && char.IsUpper(text[at]);
    }
}
