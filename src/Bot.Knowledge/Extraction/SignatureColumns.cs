using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The signature block under an agreement's final clause: a column per side, headed "FOR THE GOVERNMENT OF THE REPUBLIC
/// OF KAZAKHSTAN", "За Правителството на Република България", "Қазақстан Республикасының Үкіметі үшін", with the name and
/// post of who signed under it. The columns stand side by side in plain text (a wide gap between them, a head over two
/// lines), as a table's row ("За …: Петър Москов …; За …: …", see <see cref="Ingestion.Reading.Tables.TableText"/>), or one
/// under the other. "In the presence of" ends the block: who follows attended, and signed nothing.
/// </summary>
internal static partial class SignatureColumns
{
    /// <summary>One side's signer: the name, the post under it, the side's country, and the head as written.</summary>
    public sealed record Signer(string Name, string? Post, string Country, string Side);

    // Columns laid side by side are set apart by a wide gap; a cell that starts within this many characters of a column's
    // head is under it.
    const int Slack = 6;

    // A block's cells are short: a longer one is prose, and ends it.
    const int MaxCellChars = 100;

    sealed class Column(int at, string head)
    {
        public int At = at;
        public string Head = head;
        public string? Country = Gazetteer.FirstCountry(head);
        public readonly List<string> Cells = [];
    }

    /// <summary>The signers of the block in <paramref name="lines"/>, one per side whose column names a country and a person.</summary>
    public static List<Signer> Read(IEnumerable<string> lines)
    {
        var columns = new List<Column>();
        var active = new List<Column>();
        var loose = new List<(int At, string Text)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0) continue;
            var tokens = TokenList.Of(line);
            if (AgreementWords.Presence.First(tokens) is { FirstToken: 0 }) break;
            var cells = Cells(line).ToList();
            if (cells.Exists(c => c.Text.Length > MaxCellChars)) break;
            foreach (var (at, cell) in cells)
            {
                if (Head(cell) is { } head)
                {
                    // "Қазақстан Республикасының / Үкіметі үшін": a Kazakh head closing on this line began on the one above.
                    var above = loose.Where(l => Math.Abs(l.At - at) <= Slack).Select(l => l.Text).ToList();
                    loose.RemoveAll(l => Math.Abs(l.At - at) <= Slack);
                    var text = head.Closed && above.Count > 0 ? string.Join(' ', above) + " " + cell : cell;
                    // The same head again (a table's next row) goes on in its column.
                    if (at < 0 && columns.Find(c => c.At < 0 && c.Head == text) is { } same) { active.RemoveAll(a => a == same); active.Add(same); continue; }
                    active.RemoveAll(a => Math.Abs(a.At - at) <= Slack || at < 0 && a.At < 0);
                    var column = new Column(at, text);
                    active.Add(column);
                    columns.Add(column);
                    continue;
                }
                var owner = Owner(active, at);
                if (owner is null) { loose.Add((at, cell)); continue; }
                // "FOR THE GOVERNMENT OF THE / REPUBLIC OF KAZAKHSTAN": a head goes on until it names its country.
                if (owner.Country is null && owner.Cells.Count == 0)
                {
                    owner.Head += " " + cell;
                    owner.Country = Gazetteer.FirstCountry(owner.Head);
                    continue;
                }
                owner.Cells.Add(cell);
            }
            // A table's row names its column in each cell: what it holds is under that head, not beside the next.
            if (line.Contains(RowSeparator, StringComparison.Ordinal)) active.Clear();
        }
        var signers = new List<Signer>();
        foreach (var c in columns)
        {
            if (c.Country is null) continue;
            for (var k = 0; k < c.Cells.Count; k++)
            {
                if (NameAt(c.Cells[k]) is not { } name) continue;
                var rest = c.Cells[k][name.Length..].Trim(' ', ',', '—', '–', '-');
                var post = rest.Length > 0 ? rest : k + 1 < c.Cells.Count && NameAt(c.Cells[k + 1]) is null ? c.Cells[k + 1].Trim() : null;
                signers.Add(new Signer(Written(name), post, c.Country, OneLine(c.Head)));
                break;
            }
        }
        // Two columns of one country are no block of two sides.
        return signers.Select(s => s.Country).Distinct().Count() == signers.Count ? signers : [];
    }

    const string RowSeparator = "; ";

    /// <summary>The cells of a line with where each starts: parts set apart by a wide gap, or a table row's labelled cells ("Head: value; Head: value").</summary>
    /// <summary>Whether a text is a side's head of a signature block, naming its country ("For the Republic of Bulgaria", "Қазақстан Республикасының Үкіметі үшін").</summary>
    public static bool IsHead(string text) => Head(text) is not null && Gazetteer.FirstCountry(text) is not null;

    static IEnumerable<(int At, string Text)> Cells(string line)
    {
        var parts = line.Split(RowSeparator);
        if (parts.Length > 1 && parts.All(p => p.IndexOf(':') is > 0 and var colon && Head(p[..colon]) is not null))
        {
            // A table row: each cell under its own head, at no place of a line.
            foreach (var p in parts)
            {
                var colon = p.IndexOf(':');
                yield return (-1, p[..colon].Trim());
                yield return (-1, p[(colon + 1)..].Trim());
            }
            yield break;
        }
        foreach (Match m in CellText().Matches(line)) yield return (m.Index, m.Value.Trim());
    }

    /// <summary>Whether a cell opens a side's column ("For the …", "За …") or closes one as Kazakh does ("… үшін").</summary>
    static (bool Closed, bool Opens)? Head(string cell)
    {
        var tokens = TokenList.Of(cell);
        if (tokens.Count < 2) return null;
        if (AgreementWords.SideHeads.First(tokens) is { FirstToken: 0 } && char.IsUpper(cell.TrimStart()[0])) return (false, true);
        if (AgreementWords.SideHeadsAfter.Last(tokens) is { } after && after.LastToken == tokens.Count - 1) return (true, false);
        return null;
    }

    static Column? Owner(List<Column> active, int at)
    {
        Column? owner = null;
        foreach (var c in active)
            if (c.At < 0 && at < 0 || c.At >= 0 && at >= 0 && c.At <= at + Slack && (owner is null || c.At > owner.At)) owner = c;
        return owner;
    }

    /// <summary>The name a cell opens with ("Nikolina Angelkova", "А. Раимкулова", "YERLAN SULTANBEKOV"), never a post or a place ("Президент Республики Казахстан").</summary>
    static string? NameAt(string cell)
    {
        var trimmed = cell.Trim();
        var m = Name().Match(trimmed);
        if (!m.Success) return null;
        var name = m.Value;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A third word is a patronymic ("Раимкулова Актоты Рахметуллаевна"), or all the cell has; else it opens the post
        // ("Петър Москов Министър на здравеопазването").
        if (words.Length == 3 && !words[0].EndsWith('.') && !NameRules.IsPatronymic(words[2]) && trimmed.Length > name.Length)
        {
            name = name[..name.LastIndexOf(' ')];
            words = words[..2];
        }
        foreach (var w in words)
        {
            var bare = w.TrimEnd('.');
            if (bare.Length > 1 && (NameRules.IsNotName(bare) || NameRules.OrgHead(bare) is not null || Gazetteer.IsCountryWord(bare))) return null;
        }
        return name;
    }

    /// <summary>"YERLAN SULTANBEKOV" → "Yerlan Sultanbekov": a name in capitals as a sentence writes it.</summary>
    static string Written(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length > 2 && !w.Any(char.IsLower) ? w[0] + w[1..].ToLowerInvariant() : w));

    static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    // Initials and a surname, or two or three capitalised words.
    [GeneratedRegex(@"^(?:(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{L}'’\-]+|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,2})(?=$|[\s,])")]
    private static partial Regex Name();

    // A part of a line up to a gap of three spaces or a tab.
    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")]
    private static partial Regex CellText();
}
