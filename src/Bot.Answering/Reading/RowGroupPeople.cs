using System.Text.RegularExpressions;
using Bot.Answering.Conditions;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Search;

namespace Bot.Answering.Reading;

/// <summary>
/// "Кои са заместник-председателите на групата?", "Какие министры входили в болгарскую делегацию?": a table of people
/// (a leadership table, one side's list of a delegation) is a list of records, one a row, and the people a question asks
/// for by post are every row of that table whose post is the asked one — not the best row alone, and not a row of
/// another document's table that happens to hold a like post. A deputy's post is no post itself ("Заместник-председател"
/// is no chairman) unless a deputy is asked; a row holding the post beside another ("Deputy Prime Minister, Minister of
/// Transport") holds it.
/// </summary>
public static partial class RowGroupPeople
{
    // How far down the ranking a table row is looked for, and how many passages of its document are read for its table.
    const int CandidatesRead = 3;
    const int PassagesRead = 400;
    // One row is no list: the reading's own answer stands.
    const int MinRows = 2;

    public static IReadOnlyList<Candidate> Apply(Question q, IReadOnlyList<Candidate> ranked, PassageSearch search, SpanFinder spans, EntityIndex entities)
    {
        if (!q.Wants(AnswerType.Person) || ranked.Count == 0) return ranked;
        var asked = PostMentions.Of(q.Text).Select(p => p.Concepts).FirstOrDefault();
        if (asked is null) return ranked;
        var deputy = DeputyOfPost.Asks(q);
        var countries = Countries(q.Text);
        foreach (var c in ranked.Take(CandidatesRead))
        {
            var passage = c.Window.Window.Passage;
            if (RowFields.Read(passage.Text) is not { } row) continue;
            var passages = search.DocumentPassages(passage.Source.DocumentId, PassagesRead).ToList();
            // The rows name their table ("II. Казахстанская сторона — 3 — …"): every row of the document naming it. Else
            // (no caption, or only a row number before the cells) the table is the run of rows around this one, under the
            // line heading it ("A. Side of the Republic of Kazakhstan" in a paragraph of its own).
            var named = row.Lead.Count > 0 && !IsNumber(row.Lead[0]);
            var (group, table) = named
                ? (row.Lead[0], passages.Where(p => RowFields.Read(p.Text) is { Lead.Count: > 0 } r && r.Lead[0] == row.Lead[0]).ToList())
                : RunAround(passages, passage.Id);
            // "the Bulgarian delegation" over "II. Казахстанская сторона": another side's rows.
            if (group is not null && Countries(group) is { Count: > 0 } sides && countries.Count > 0 && !sides.Overlaps(countries)) continue;
            var rows = table.Where(p => HoldsPost(named ? p.Text[group!.Length..] : p.Text, asked, deputy)).ToList();
            if (rows.Count < MinRows || !rows.Any(r => r.Id == passage.Id)) continue;
            var published = c.Window.Window.Published;
            var people = rows.Select(r => spans.Find(AnswerType.Person, r.Text, q, entities, published) is [var first, ..] ? first : null).ToList();
            // A row whose person cannot be read leaves the list unsure: the reading's own answer stands.
            if (people.Any(p => p is null)) return ranked;
            return [c with { Spans = people!, Quoted = rows.Select(r => r.Text).ToList(), Rivals = [] }];
        }
        return ranked;
    }

    /// <summary>A row header that only numbers the rows ("1", "2.", "3)") names no group.</summary>
    static bool IsNumber(string lead) => lead.TrimEnd('.', ')').Length is > 0 and var n && lead[..n].All(char.IsAsciiDigit);

    /// <summary>The rows standing together around <paramref name="id"/>, and the line right above the first of them.</summary>
    static (string? Heading, List<Bot.Knowledge.Model.Passage> Rows) RunAround(List<Bot.Knowledge.Model.Passage> passages, long id)
    {
        var at = passages.FindIndex(p => p.Id == id);
        if (at < 0) return (null, []);
        var start = at;
        while (start > 0 && RowFields.Read(passages[start - 1].Text) is not null) start--;
        var end = at;
        while (end + 1 < passages.Count && RowFields.Read(passages[end + 1].Text) is not null) end++;
        return (start > 0 ? passages[start - 1].Text : null, passages.GetRange(start, end - start + 1));
    }

    /// <summary>A post of the row holds every concept of the asked one, a deputy's when a deputy is asked and only then.</summary>
    /// <remarks>Each post of the cell is read apart: "Заместитель премьер-министра, министр транспорта" holds a minister's post.</remarks>
    static bool HoldsPost(string role, HashSet<string> asked, bool deputy) =>
        PostParts().Split(role).Any(part => PostMentions.Of(part).Any(p => p.Concepts.IsSupersetOf(asked) && DeputyOfPost.Deputies(part, p) == deputy));

    /// <summary>Between two posts of one cell: a comma, a semicolon, a spaced dash.</summary>
    [GeneratedRegex(@"[,;]\s*|\s[–—-]\s")]
    private static partial Regex PostParts();

    static HashSet<string> Countries(string text) => Gazetteer.CountryCues(text).Select(c => c.Country).ToHashSet(StringComparer.Ordinal);
}
