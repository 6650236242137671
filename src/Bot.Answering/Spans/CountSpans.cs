using System.Text.RegularExpressions;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// Counts a sentence states of the thing the question counts: a number (digits or words, with its scale) followed at
/// once by one of the words the question counts ("nearly 60 companies", Russian "pyat dokumentov", Kazakh "bes qujatqa"), the more
/// of them within three words the surer. "70 scholarships for engineering students" counts scholarships, not students.
/// A question that counts in a unit ("how many tonnes", "how many kilometres", "how many days") is answered by a number in that
/// unit ("4.5 million tonnes", "11 thousand km", "a two-day visit"); in a list of rows pairing years with numbers ("1989 - 10 228")
/// only the row of the asked year answers, for the thing its introduction names.
/// </summary>
public sealed partial class CountSpans(SpanWords words, WordKeys keys, QualifierWords qualifiers, CountedGroup groups)
{
    const int Reach = 3;

    const double RowConfidence = 0.8;

    // A number's case ending after a hyphen (Kazakh "140-qa": nearly 140) or an ordinal's ("5-th").
    [GeneratedRegex(@"\G-(\p{L}+)")]
    private static partial Regex Ending();

    // "1989 - 10 228 people", "1999: 6,915", "2009 y. - 4 523", "в 1999-м – 6 915": a year, perhaps its case ending or its
    // word, a dash or colon, then the number.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<year>1[89]\d\d|20\d\d)(?:-\p{L}{1,4})?(?:[\s\u00A0]*\p{L}{1,6}\.?)?[\s\u00A0]*[—–:-][\s\u00A0]*(?=\d)")]
    private static partial Regex YearRow();

    // "Signed: 11.2015": a month and its year, as registers write them, count nothing.
    [GeneratedRegex(@"^(?:0?[1-9]|1[0-2])\.(?:1[89]|20)\d\d$")]
    private static partial Regex MonthYear();

    // After a number that opens a line: the point, bracket or dash of an enumeration ("3 — ", "2. ", "1) ").
    [GeneratedRegex(@"\G(?:[.)][\s\u00A0]|[\s\u00A0]+[—–-][\s\u00A0])")]
    private static partial Regex Enumerator();

    /// <summary>The number opens a line (after a bullet or "No." sign perhaps) and an enumerator follows it: it numbers an item.</summary>
    static bool IsItemNumber(string text, int start, int end)
    {
        var i = start - 1;
        while (i >= 0 && text[i] != '\n' && (char.IsWhiteSpace(text[i]) || text[i] is '•' or '*' or '·' or '№' or '#' or '-')) i--;
        return (i < 0 || text[i] == '\n') && Enumerator().IsMatch(text, end);
    }

    /// <param name="counted">The words the question counts; without any, every number is a candidate of low confidence.</param>
    /// <param name="units">The units the question counts in (tonnes, km, days, years; any of hours to years for "how long"), or null.</param>
    /// <param name="years">The years the question asks about: a row of a year list answers only for its own year.</param>
    /// <param name="asked">The countries whose things the question counts ("Kazakh students"): see <see cref="CountedGroup"/>.</param>
    public IEnumerable<AnswerSpan> Find(string text, IReadOnlyList<QueryUnit> counted, IReadOnlyList<AnswerSpan> taken, IReadOnlyCollection<string>? units = null, IReadOnlyCollection<int>? years = null,
        IReadOnlyList<string>? asked = null, IReadOnlyList<QueryUnit>? questionUnits = null)
    {
        var rows = Rows(text);
        var tokens = SpanTokens.Of(text);
        foreach (var quantity in QuantityFinder.Find(text))
        {
            var n = quantity.Number;
            if (taken.Any(t => n.Index < t.End && t.Start < n.End)) continue;
            var end = n.End;
            if (Ending().Match(text, end) is { Success: true } ending)
            {
                if (words.OrdinalSuffixes.Contains(TextNormalizer.Fold(ending.Groups[1].Value))) continue;
                end += ending.Length;
            }
            if (!n.InWords && (IsYear(text.AsSpan(n.Index, n.Length)) || MonthYear().IsMatch(text.AsSpan(n.Index, n.Length)))) continue;
            // "3 — Document: …", "2. Memorandum on …": the number a list or table gives its item says where the item stands, not how
            // many there are; "the following were signed: 1. … 2. …" is counted by its items, never by an item's number.
            if (!n.InWords && IsItemNumber(text, n.Index, n.End)) continue;
            if (rows.TryGetValue(n.Index, out var year))
            {
                if (years is { Count: > 0 } && years.Contains(year)) yield return Span(text, n.Index, end, quantity, RowConfidence);
                continue;
            }
            // "в 1959 году … жили 1 250 болгар, в 1970-м – 1 180": a year list's first item is often written out in full; its
            // number is its own year's, as a row's is, and answers no other asked year.
            if (rows.Count > 0 && years is { Count: > 0 } && YearsIn(text.AsSpan(ItemStart(rows, n.Index), n.Index - ItemStart(rows, n.Index))) is { Count: > 0 } own
                && !own.Overlaps(years)) continue;
            if (units is not null)
            {
                if (quantity.Unit is { } unit && units.Contains(unit)) yield return Span(text, n.Index, quantity.End, quantity, 1);
                continue;
            }
            if (counted.Count == 0)
            {
                yield return Span(text, n.Index, end, quantity, 0.4);
                continue;
            }
            // A table row: "Documents signed on 9 June in Astana — Number: 5": the row's label says what its bare number counts.
            if (Cell(text, n.Index, end) is var (label, header))
            {
                // A row of a year ("… by census — 2009 — People: 4 523") answers only for that year, as a year list's row does.
                if (YearsIn(text.AsSpan(0, label)) is { Count: > 0 } of && (years is null || !of.Overlaps(years))) continue;
                // The row's label is its own line's: a row above names what its own cells count, not this one's.
                var row = text.LastIndexOf('\n', label) + 1;
                // "в т.ч. с цел почивка: 15 310" after "Посещения – общо: 21 745": a part counts what the cell before it counts.
                var part = PartCell(text, header, n.Index, tokens, questionUnits);
                if (part is { Asked: false } || part is null && AskedPartFollows(text, (header, text.LastIndexOf(':', n.Index)), end, tokens, questionUnits)) continue;
                var (from, to) = part?.Parent ?? (header, n.Index);
                var named = counted.Count(u => tokens.Any(t => (t.Index >= row && t.Index < label || t.Index >= from && t.Index < to || t.Index >= header && t.Index < n.Index) && Holds(t, u)));
                if (named > 0) yield return Span(text, n.Index, end, quantity, RowConfidence * named / counted.Count) with { AskedPart = part is { Asked: true } };
                continue;
            }
            var following = tokens.Where(t => t.Index >= end).Where(t => !words.CountedSkip.Contains(TextNormalizer.Fold(t.Value))).Take(Reach + MaxModifiers).ToList();
            // "пятью подписанными документами": participles before the counted noun are passed over, when it does follow them.
            var modifiers = Modifiers(following, counted);
            following = following.Skip(modifiers).Take(Reach).ToList();
            if (following.Count == 0 || !counted.Any(u => Holds(following[0], u)))
            {
                if (following.Count > 0 && PeopleNamedBefore(tokens, n.Index, following[0], counted) is > 0 and var named)
                    yield return Span(text, n.Index, following[0].Index + following[0].Length, quantity, PeopleConfidence * named / counted.Count);
                else if (NumberOf(tokens, n.Index, counted) is > 0 and var numbered)
                    yield return Span(text, n.Index, end, quantity, RowConfidence * numbered / counted.Count);
                continue;
            }
            var matched = counted.Count(u => following.Any(t => Holds(t, u)));
            // "Колко български студенти учат в Казахстан": "бес болгар мәдени орталығы" counts Bulgarian centres, not students; a
            // count whose words hold only whose the counted things are (a country's word) counts another thing of that country.
            if (CountsAnotherThing(counted, following)) continue;
            var last = following.Last(t => counted.Any(u => Holds(t, u)));
            // "казахски език изучават 27 студенти" counts students of Kazakh, not the Kazakh students asked about.
            if (asked is { Count: > 0 } && !groups.Holds(text, tokens, asked, n.Index, last.Index + last.Length)) continue;
            yield return Span(text, n.Index, last.Index + last.Length, quantity, (double)matched / counted.Count);
        }
    }

    /// <summary>
    /// The question counts a thing of a country ("Bulgarian students", a word the lexicon knows), the words after the number
    /// hold only the country's word, and a word for another known thing goes on from it ("five Bulgarian cultural centres",
    /// "бес болгар мәдени орталығы"): the number counts that thing. "2 140 болгар." counts the people themselves.
    /// </summary>
    bool CountsAnotherThing(IReadOnlyList<QueryUnit> counted, List<Match> following)
    {
        var owners = counted.Where(NamesCountry).ToList();
        var things = counted.Where(u => !NamesCountry(u) && !u.IsEntity && !u.IsLooseWord).ToList();
        if (owners.Count == 0 || things.Count == 0 || things.Any(u => following.Any(t => Holds(t, u)))) return false;
        var owner = following.FindIndex(t => owners.Any(u => Holds(t, u)));
        // The thing named goes on from the country's word in the same phrase, not as the sentence's last word (a Kazakh verb).
        if (owner < 0 || owner + 2 >= following.Count || !Adjacent(following[owner], following[owner + 1]) || !Adjacent(following[owner + 1], following[owner + 2])) return false;
        return following.Skip(owner + 1).Take(2).Any(t => Known(t.Value) && !counted.Any(u => Holds(t, u)));
    }

    /// <summary>Two words with nothing but a space between them: one phrase ("болгар мәдени", not "казахи, съобщи").</summary>
    static bool Adjacent(Match first, Match second) => second.Index - (first.Index + first.Length) <= 1;

    static bool Known(string word) => DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(word)).Count > 0;

    static bool NamesCountry(QueryUnit unit) => MetricCatalog.Default.Countries.Find(unit.Label, 0, unit.Label.Length).Count > 0;

    // How many participles may stand between a number and the noun it counts.
    const int MaxModifiers = 2;

    /// <summary>How many words at the start of <paramref name="following"/> are participles before a counted noun right after them; 0 when none is.</summary>
    int Modifiers(List<Match> following, IReadOnlyList<QueryUnit> counted)
    {
        for (var k = 0; k < MaxModifiers && k < following.Count - 1; k++)
        {
            if (counted.Any(u => Holds(following[k], u)) || !words.IsModifier(TextNormalizer.Fold(following[k].Value))) return 0;
            if (counted.Any(u => Holds(following[k + 1], u))) return k + 1;
        }
        return 0;
    }

    /// <summary>
    /// The unit a question counts in: its first counted word ("how many tonnes of cargo", "how many kilometres", "how
    /// many days" in any of the four languages), else null. A later word qualifies the thing counted ("scholarships a year").
    /// </summary>
    public static string? UnitOf(IReadOnlyList<QueryUnit> counted) => counted.Count > 0 ? QuantityFinder.UnitOf(counted[0].Label) : null;

    // "болгар қоғамдастығы шамамен 4 500 адам": the people counted stand this many words before the number at most.
    const int PeopleReach = 5;

    // A count of "people" named just before it is surer of what it counts than a bare number, less than one naming it after.
    const double PeopleConfidence = 0.8;

    /// <summary>
    /// The number is followed by a word counting people ("адам", "души", "people") and the counted words stand just before it:
    /// how many of them do ("the Bulgarian community is about 4,500 people" counts Bulgarians); 0 when it counts no people.
    /// </summary>
    int PeopleNamedBefore(List<Match> tokens, int number, Match next, IReadOnlyList<QueryUnit> counted)
    {
        if (!words.PeopleCounters.Contains(TextNormalizer.Fold(next.Value))) return 0;
        var before = tokens.Where(t => t.Index < number).TakeLast(PeopleReach).ToList();
        return counted.Count(u => before.Any(t => Holds(t, u)));
    }

    // How many words before a number a word for "the number of" may stand, and how far from it the counted words.
    const int NumberOfReach = 12;
    const int NumberOfSpan = 3;

    /// <summary>
    /// "The number of Kazakh companies registered in Bulgaria reached 35", "студенттердің саны 65": how many of the counted
    /// words stand beside a word for "the number of" before the number (0 when none does, or another number stands between).
    /// </summary>
    int NumberOf(List<Match> tokens, int number, IReadOnlyList<QueryUnit> counted)
    {
        var before = tokens.Where(t => t.Index < number).TakeLast(NumberOfReach).ToList();
        var noun = before.FindLastIndex(t => words.CountNouns.Contains(TextNormalizer.Fold(t.Value)));
        if (noun < 0) return 0;
        var near = before.Skip(Math.Max(0, noun - NumberOfSpan)).Take(2 * NumberOfSpan + 1).ToList();
        return counted.Count(u => near.Any(t => Holds(t, u)));
    }

    bool Holds(Match token, QueryUnit unit) => keys.Of(token.Value).All.Any(unit.Keys.Contains);

    /// <summary>A number in a unit the answer names in every language is shown with it ("4.5 million tonnes"); any other count as its value.</summary>
    AnswerSpan Span(string text, int start, int end, QuantityFinder.Quantity quantity, double confidence)
    {
        var n = quantity.Number;
        var measured = quantity.Unit is not null && quantity.End <= end;
        return new AnswerSpan(AnswerType.Count, text[start..end], start, end - start)
        {
            Value = measured ? n.Value : n.Absolute,
            Scale = measured ? n.Scale : null,
            Unit = measured ? quantity.Unit : null,
            Confidence = confidence,
            Qualifier = qualifiers.Before(text, start) ?? (measured ? qualifiers.After(text, end) : null),
        };
    }

    /// <summary>Where each row's number starts, with its year, when the text has at least two rows or is an item of a list: one row alone in a sentence is no list.</summary>
    static Dictionary<int, int> Rows(string text)
    {
        var rows = new Dictionary<int, int>();
        foreach (Match m in YearRow().Matches(text))
            rows[m.Index + m.Length] = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        // A list's item on its own ("- 1989 жыл — 10 228 адам"): the list it stands in makes it a row.
        return rows.Count >= 2 || rows.Count == 1 && Reading.ListContinuation.IsItem(text) ? rows : [];
    }

    // "<row label> — <column>: <value>; <column>: <value>": how a table's row reads once the store has read the table.
    const string RowSeparator = " — ";

    /// <summary>
    /// Where the label of a table row ends and where the column header of the number's cell starts, when the number is the
    /// whole value of a cell ("… в Астана — Стойност: 5; Бележка: …", "2023 — Students from Bulgaria: 97"); null for a
    /// number in running text. Either says what the number counts.
    /// </summary>
    static (int Label, int Header)? Cell(string text, int start, int end)
    {
        var after = text.AsSpan(end).TrimStart();
        if (after.Length > 0 && after[0] != ';') return null;
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length == 0 || before[^1] != ':') return null;
        var cell = before.LastIndexOfAny(';', '—');
        if (cell < 0 || before[(cell + 1)..^1].ContainsAny(Digits)) return null;
        var label = text.AsSpan(0, start).LastIndexOf(RowSeparator, StringComparison.Ordinal);
        return label > 0 ? (label, cell + 1) : null;
    }

    /// <summary>
    /// A cell that is a part of the cell before it ("в т.ч. …", see <see cref="TableParts"/>): where that cell's header
    /// stands, and whether the question asks for the part — a word of the part's own header is one of the question's that
    /// the total's header lacks ("for holiday and recreation"). Null for a cell of its own.
    /// </summary>
    (bool Asked, (int From, int To) Parent)? PartCell(string text, int header, int number, List<Match> tokens, IReadOnlyList<QueryUnit>? questionUnits)
    {
        var colon = text.LastIndexOf(':', number);
        if (colon < header || TableParts.Default.MarkerWords(text[header..colon]) is not (> 0 and var marker)) return null;
        // The cell before, passing over the other parts of the same total ("в т.ч. A: 1; в т.ч. B: 2").
        var sep = header - 1;
        while (sep > 0 && text[sep] == ';')
        {
            var parentColon = text.LastIndexOf(':', sep);
            var parentStart = parentColon < 0 ? -1 : text.LastIndexOfAny([';', '—'], parentColon) + 1;
            if (parentStart <= 0) return null;
            if (TableParts.Default.MarkerWords(text[parentStart..parentColon]) == 0)
                return (OwnWordsAsked(tokens, header, colon, marker, questionUnits, (parentStart, parentColon)), (parentStart, parentColon));
            sep = parentStart - 1;
        }
        return null;
    }

    /// <summary>The cells right after a total's value are its parts, and the question asks for one of them: the total is no answer.</summary>
    bool AskedPartFollows(string text, (int From, int To) total, int end, List<Match> tokens, IReadOnlyList<QueryUnit>? questionUnits)
    {
        if (questionUnits is null) return false;
        var at = end;
        while (at < text.Length && text[at] == ';')
        {
            var header = at + 1;
            var colon = text.IndexOf(':', header);
            var next = text.IndexOf(';', header);
            if (colon < 0 || next >= 0 && next < colon || TableParts.Default.MarkerWords(text[header..colon]) is not (> 0 and var marker)) return false;
            if (OwnWordsAsked(tokens, header, colon, marker, questionUnits, total)) return true;
            at = next < 0 ? text.Length : next;
        }
        return false;
    }

    /// <summary>A word of the part's own header (past its marker) is one of the question's, and the total's header holds none of that word's units.</summary>
    bool OwnWordsAsked(List<Match> tokens, int header, int colon, int marker, IReadOnlyList<QueryUnit>? questionUnits, (int From, int To) total)
    {
        if (questionUnits is null) return false;
        var inTotal = tokens.Where(t => t.Index >= total.From && t.Index < total.To).ToList();
        return tokens.Where(t => t.Index >= header && t.Index < colon).Skip(marker)
            .Any(t => questionUnits.Any(u => Holds(t, u) && !inTotal.Any(o => Holds(o, u))));
    }

    /// <summary>Where the list item holding a number starts: after the last row before it, else at the text's start.</summary>
    static int ItemStart(Dictionary<int, int> rows, int at)
    {
        var start = 0;
        foreach (var row in rows.Keys)
            if (row < at && row > start) start = row;
        return start;
    }

    static HashSet<int> YearsIn(ReadOnlySpan<char> text)
    {
        var found = new HashSet<int>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
            if (IsYear(text.Slice(start, length))) found.Add(int.Parse(text.Slice(start, length), System.Globalization.CultureInfo.InvariantCulture));
        return found;
    }

    static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    static bool IsYear(ReadOnlySpan<char> written) => written.Length == 4 && int.TryParse(written, out var y) && y is >= 1800 and <= 2100;
}
