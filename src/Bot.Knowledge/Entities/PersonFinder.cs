using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Finds personal names in a sentence without knowing them beforehand: a run of capitalised words whose last word ends
/// like a surname (after its case ending is taken off: "Руменом Радевым", "Тоқаевпен"), or any capitalised name right
/// after a title ("Prime Minister Viktor Orban"). Titles, places, countries and institution words end a name.
/// </summary>
public static class PersonFinder
{
    /// <param name="known">Spans of entities the index already knows in this sentence (places, institutions, people).</param>
    /// <param name="seenSurnames">Surname skeletons of people already met in this document: a surname alone names them.</param>
    public static List<PersonName> Find(TokenList tokens, string lang, IReadOnlyList<EntitySpan> known, IReadOnlySet<string> seenSurnames)
    {
        var names = new List<PersonName>();
        // Every sentence of every document is read here: the working lists are one per thread, not one per sentence.
        var run = _run ??= [];
        run.Clear();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var capitalised = i < tokens.Count && IsCapitalised(tokens, i);
            if (capitalised && (run.Count == 0 || Adjacent(tokens, run[^1], i))) { run.Add(i); continue; }
            if (run.Count > 0) Segments(tokens, lang, run, known, seenSurnames, names);
            run.Clear();
            if (capitalised) run.Add(i);
        }
        return names;
    }

    /// <summary>A word written with a capital and then small letters ("Radev", "Касым-Жомарт"), or an initial ("K.").</summary>
    static bool IsCapitalised(TokenList t, int i)
    {
        var text = t.Text;
        var token = t[i];
        if (!char.IsUpper(text[token.Start])) return false;
        if (token.Length == 1) return token.End < text.Length && text[token.End] == '.';
        for (var k = token.Start + 1; k < token.End; k++) if (!char.IsLower(text[k]) && char.GetUnicodeCategory(text[k]) != System.Globalization.UnicodeCategory.NonSpacingMark) return false;
        return true;
    }

    /// <summary>
    /// Two words of one name: only a space (or a hyphen inside a double name, or an initial's full stop) between them.
    /// A full stop after a longer word ends the name there: it closes an abbreviated title ("Amb.", "Проф.", "Акад.") or
    /// a sentence, neither of them a given name.
    /// </summary>
    static bool Adjacent(TokenList t, int a, int b)
    {
        var gap = t.Text.AsSpan(t[a].End, t[b].Start - t[a].End);
        if (gap.Length is 0 or > 3) return false;
        foreach (var c in gap) if (!(char.IsWhiteSpace(c) || c is '-' or '.')) return false;
        return t[a].Length == 1 || !gap.Contains('.');
    }

    [ThreadStatic] static List<int>? _run;
    [ThreadStatic] static List<int>? _segment;
    [ThreadStatic] static List<(int Start, int End)>? _joined;

    static void Segments(TokenList tokens, string lang, List<int> run, IReadOnlyList<EntitySpan> known, IReadOnlySet<string> seenSurnames, List<PersonName> names)
    {
        var segment = _segment ??= [];
        segment.Clear();
        for (var i = 0; i <= run.Count; i++)
        {
            var word = i < run.Count ? run[i] : -1;
            if (word >= 0 && !IsBreaker(tokens, word, i + 1 < run.Count ? run[i + 1] : -1, known))
            {
                // "Тоқаев Радевпен кездесті", "Қасым-Жомарт Тоқаев Румен Радевпен": a word only a surname can be, right
                // before another surname or another given name, ends a name of its own.
                var next = segment.Count > 0 ? NextName(tokens, lang, segment, word, i + 1 < run.Count ? run[i + 1] : -1) : Joins.Same;
                if (next != Joins.Same) Flush(tokens, lang, segment, seenSurnames, names);
                // "Тоқаев Софиядағы Борисова бағында": a word no name ends with is no given name of the surname after it either.
                if (next != Joins.Neither) segment.Add(word);
                continue;
            }
            Flush(tokens, lang, segment, seenSurnames, names);
        }
    }

    static void Flush(TokenList tokens, string lang, List<int> segment, IReadOnlySet<string> seenSurnames, List<PersonName> names)
    {
        var previousEnd = names.Count > 0 ? names[^1].End : 0;
        if (segment.Count > 0 && Name(tokens, lang, Joined(tokens, segment), seenSurnames, previousEnd) is { } name) names.Add(name);
        segment.Clear();
    }

    /// <summary>A word only a surname can be, as written or in its base form ("Тоқаев", "Радевпен").</summary>
    static bool SurnameOnly(TokenList t, string lang, int i)
    {
        if (NameRules.IsSurnameOnlyFolded(t[i].Folded)) return true;
        foreach (var b in NameRules.SurnameBases(t.FormsAt(i), lang))
            if (NameRules.IsSurnameOnlyFolded(TokenList.Fold(b))) return true;
        return false;
    }

    /// <summary>Whether a word goes on with the name before it, starts another, or belongs to neither.</summary>
    enum Joins { Same, Next, Neither }

    /// <remarks>
    /// A Bulgarian father's name is surname-shaped too ("Георги Петров Воденски"): a surname alone opens the segment
    /// before another surname, and a given name or other word after one is followed by no patronymic ("Жумангарин Серик Макашевич").
    /// </remarks>
    static Joins NextName(TokenList t, string lang, List<int> segment, int word, int next)
    {
        var previous = segment[^1];
        if (!t.Text.AsSpan(t[previous].End, t[word].Start - t[previous].End).IsWhiteSpace() || !SurnameOnly(t, lang, previous)) return Joins.Same;
        var written = t.Text[t[word].Start..t[word].End];
        if (NameRules.IsPatronymic(written) || next >= 0 && NameRules.IsPatronymic(t.Text[t[next].Start..t[next].End])) return Joins.Same;
        // "Тоқаев Румен Радевпен" starts a second name; "имени Климента Охридского Георги Вылчев" (a surname in a case, before
        // a given name) ends an institution's name, which the name after it leaves out (see Name).
        if (NameRules.IsGivenName(written, lang)) return NameRules.IsSurnameOnlyFolded(t[previous].Folded) ? Joins.Next : Joins.Same;
        // "Радевпен Ақордада кездесті": a capitalised word no name ends with is no part of the name before it either.
        if (NameRules.SurnameBases(written, lang).Count == 0) return Joins.Neither;
        return segment.Count == 1 ? Joins.Next : Joins.Same;
    }

    /// <summary>Hyphenated parts are one word of the name: "Касым-Жомарт" is two tokens but one given name.</summary>
    static List<(int Start, int End)> Joined(TokenList t, List<int> segment)
    {
        var words = _joined ??= [];
        words.Clear();
        foreach (var i in segment)
        {
            if (words.Count > 0 && t.Text[words[^1].End..t[i].Start] == "-") words[^1] = (words[^1].Start, t[i].End);
            else words.Add((t[i].Start, t[i].End));
        }
        return words;
    }

    static bool IsBreaker(TokenList t, int i, int next, IReadOnlyList<EntitySpan> known)
    {
        // What the word is depends on the word alone: worked out once per written word and kept in its shared record,
        // not looked up in five vocabularies at every capitalised word of every sentence.
        var forms = t.FormsAt(i);
        if (forms.NameBreak == 0) forms.NameBreak = BreaksNames(forms.Folded) ? 2 : 1;
        if (forms.NameBreak == 2) return true;
        var start = t[i].Start;
        EntitySpan? place = null;
        // Indexed, not enumerated: an enumerator of the interface is an allocation per capitalised word.
        for (var n = 0; n < known.Count; n++)
            if (known[n] is var k && k.Entity.Type != "person" && k.Start <= start && start < k.End) { place = k; break; }
        if (place is null) return false;
        // "Нурсултан Назарбаев", "Sofia Petrova": a one-word place name right before a surname is a given name.
        var givenName = place.Entity.Type != "country" && place.End <= t[i].End && next >= 0 && NameRules.HasSurnameEnding(t.Text[t[next].Start..t[next].End])
            // "След пристигането си в Астана Воденски трябва…": after "in", "в", "от" the place is where, unless it is a given name too.
            && !(i > 0 && NameRules.IsPlacePrepositionFolded(t[i - 1].Folded) && !NameRules.IsGivenName(t.Text[t[i].Start..t[i].End], LanguageGuess.Of(t.Text)))
            // "с мэром Пловдива Здравко Димитровым": before a given name the place is the post's, and the name starts after it.
            && !NameRules.IsGivenName(t.Text[t[next].Start..t[next].End], LanguageGuess.Of(t.Text));
        return !givenName;
    }

    /// <summary>A word no personal name holds: a non-name, an institution's head noun or legal form, a title, a month, a country word.</summary>
    static bool BreaksNames(string folded) =>
        NameRules.IsNotNameFolded(folded) || NameRules.EndsInstitutionFolded(folded)
        || EventWords.RoleWords.ContainsFolded(folded) || Extraction.CalendarWords.Month(folded) is not null
        || Gazetteer.IsCountryWordFolded(folded);

    static PersonName? Name(TokenList tokens, string lang, List<(int Start, int End)> segment, IReadOnlySet<string> seenSurnames, int previousEnd)
    {
        var text = tokens.Text;
        var parts = segment.Count > 3 ? segment[^3..] : segment;
        // "…имени Климента Охридского Георги Вылчев": a surname-shaped word before a given name and a surname ends another
        // name (an institution's), unless the third word is a patronymic ("Жумангарин Серик Макашевич", surname first).
        if (parts.Count == 3 && NameRules.IsGivenName(text[parts[1].Start..parts[1].End], lang) && !NameRules.IsGivenName(text[parts[0].Start..parts[0].End], lang)
            && NameRules.SurnameBases(text[parts[0].Start..parts[0].End], lang).Count > 0 && !NameRules.IsPatronymic(text[parts[2].Start..parts[2].End]))
            parts = parts[1..];
        // "Minister of Transport and Communications Stanimir Kostadinov", "Council of Ministers Yermek Kosherbayev": after a
        // title's connecting word the first of three capitalised words ends the title's institution, not the name.
        if (parts.Count == 3 && EndsTitle(tokens, lang, parts, previousEnd)) parts = parts[1..];
        // A surname of one word is that word's shared record: its forms are worked out once however often it is written.
        var lastToken = tokens.IndexAt(parts[^1].Start);
        var single = tokens[lastToken].End == parts[^1].End ? tokens.FormsAt(lastToken) : null;
        var last = single?.Written ?? text[parts[^1].Start..parts[^1].End];
        if (parts[^1].End < text.Length && text[parts[^1].End] == '.' && last.Length == 1) return null;
        var bases = single is not null ? NameRules.SurnameBases(single, lang) : NameRules.SurnameBases(last, lang);
        var start = parts[0].Start;
        var titleStart = TitleStart(text, Math.Max(previousEnd, 0), start);
        // "the Chairperson of the National Assembly, Tsetska Tsacheva, was …": a title set off by commas before the name.
        if (titleStart > 0 && text[titleStart - 1] == ',' && text.AsSpan(titleStart, start - titleStart).IsWhiteSpace()
            && parts[^1].End < text.Length && text[parts[^1].End] == ','
            && TitleStart(text, Math.Max(previousEnd, 0), titleStart - 1) is var earlier && earlier < titleStart - 1
            && EventWords.Roles.IsMatch(tokens, earlier, titleStart - 1))
            titleStart = earlier;
        var nameToken = tokens.IndexAt(start);
        if (NamesInstitution(tokens, tokens.IndexAt(parts[^1].End))) return null;
        // «Самрук-Қазына», "Kazakh Invest": a quoted name is a fund's, a company's or a ship's, not a person's.
        if (start > 0 && text[start - 1] is '«' or '“' or '„' or '"') return null;
        // "director of Tobol Grain", "директор компании Tobol Grain": words after a title's "of" or an institution's head noun name the institution, not the title holder.
        var titled = titleStart < start && EventWords.Roles.Last(tokens, tokens[Math.Max(0, nameToken - 3)].Start, start) is { } role
            && TitleReaches(tokens, tokens.IndexAt(role.End), nameToken)
            && !(nameToken > 0 && tokens[nameToken - 1].Folded is var linkWord && (NameRules.IsInstitutionLinkFolded(linkWord) || NameRules.OrgHeadFolded(linkWord) is not null));
        var needsFullName = false;
        if (parts.Count == 1)
        {
            // A surname alone is a name when a title introduces it, or when the document gives it in full (before or
            // after: the caller decides once it has read the whole document).
            if (bases.Count == 0) return null;
            needsFullName = !titled && !AnySeen(bases, seenSurnames);
        }
        else if (bases.Count == 0)
        {
            // "а болгарскую – Юрий Стерк": a common given name before it makes a surname of any ending one.
            if (!titled && !(parts.Count == 2 && NameRules.IsGivenName(text[parts[0].Start..parts[0].End], lang))) return null;
            bases = [last];
        }
        var given = new List<string>(parts.Count - 1);
        for (var p = 0; p < parts.Count - 1; p++) given.Add(Written(tokens, parts[p]));
        var before = titleStart < start ? text.AsSpan(titleStart, start - titleStart).Trim().TrimEnd(',').TrimEnd().ToString() : null;
        var (after, afterEnd) = TitleAfter(tokens, parts[^1].End);
        return new PersonName(start, parts[^1].End - start, given, last, bases, before is { Length: > 0 } ? before : null, after,
            titleStart < start ? titleStart : -1, afterEnd) { NeedsFullName = needsFullName };
    }

    /// <summary>The most capitalised words of a title's field before the three a name is read from ("Economic" in "for Economic Policy").</summary>
    const int TitleFieldWords = 3;

    static bool EndsTitle(TokenList tokens, string lang, List<(int Start, int End)> parts, int previousEnd)
    {
        var text = tokens.Text;
        var first = tokens.IndexAt(parts[0].Start);
        if (first == 0 || NameRules.IsGivenName(text[parts[0].Start..parts[0].End], lang) || NameRules.IsPatronymic(text[parts[2].Start..parts[2].End])) return false;
        // "Deputy Prime Minister for Economic Policy Tomislav Donchev": a few more capitalised words of the title's field may
        // stand between its connecting word and the three read ("Policy Tomislav Donchev").
        var linkAt = first - 1;
        for (var field = 0; field < TitleFieldWords && linkAt > 0 && char.IsUpper(text[tokens[linkAt].Start])
            && text.AsSpan(tokens[linkAt].End, tokens[linkAt + 1].Start - tokens[linkAt].End).IsWhiteSpace(); field++) linkAt--;
        var link = tokens[linkAt];
        if (char.IsUpper(text[link.Start]) || !AliasKeys.IsIgnored(link.Folded) || !text.AsSpan(link.End, tokens[linkAt + 1].Start - link.End).IsWhiteSpace()) return false;
        var titleStart = TitleStart(text, Math.Max(previousEnd, 0), parts[0].Start);
        return EventWords.Roles.Last(tokens, titleStart, link.Start) is not null;
    }

    // A loop, not a lambda: a lambda over Name's arguments costs every name read an object.
    static bool AnySeen(IReadOnlyList<string> bases, IReadOnlySet<string> seenSurnames)
    {
        for (var i = 0; i < bases.Count; i++)
            if (seenSurnames.Contains(NameSpelling.Skeleton(bases[i]))) return true;
        return false;
    }

    /// <summary>A part of a name as written: a word's own shared string when the part is one word (no copy of it per mention).</summary>
    static string Written(TokenList tokens, (int Start, int End) part)
    {
        var t = tokens.IndexAt(part.Start);
        return t < tokens.Count && tokens[t].Start == part.Start && tokens[t].End == part.End ? tokens.FormsAt(t).Written : tokens.Text[part.Start..part.End];
    }

    /// <summary>
    /// Whether a title runs on to the name: only its own words may stand between them ("President of Bulgaria Rumen
    /// Radev", "посол Казахстана в Болгарии Виктор Темирбаев"), not a verb ("посол также посетил Тракийскую зону").
    /// </summary>
    static bool TitleReaches(TokenList t, int from, int nameToken)
    {
        for (var k = from; k < nameToken; k++)
            if (!char.IsUpper(t.Text[t[k].Start]) && !AliasKeys.IsIgnored(t[k].Folded) && !Gazetteer.IsCountryWordFolded(t[k].Folded)) return false;
        return true;
    }

    /// <summary>"Tobol Grain Ltd", "Kaspi Bank": capitalised words right before a legal form or an institution's head word are its name.</summary>
    static bool NamesInstitution(TokenList t, int next)
    {
        if (next >= t.Count || !char.IsUpper(t.Text[t[next].Start])) return false;
        var gap = t.Text.AsSpan(t[next - 1].End, t[next].Start - t[next - 1].End);
        return gap.IsWhiteSpace() && gap.Length <= 2 && NameRules.EndsInstitutionFolded(t[next].Folded);
    }

    /// <summary>Where the clause before the name starts: after the last comma, colon, full stop or bracket (not a quote), the previous name, or 120 characters back.</summary>
    static int TitleStart(string text, int from, int start)
    {
        var limit = Math.Max(from, start - 120);
        for (var i = start - 1; i >= limit; i--)
            // Quotes do not end it: a title may name its institution in quotes ("глава фонда «Самрук-Қазына» Нурлан Жакупов").
            if (text[i] is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '[' or ']') return i + 1;
        return limit;
    }

    /// <summary>An apposition after the name: ", Ambassador of Bulgaria to Kazakhstan," — only when it opens with a title.</summary>
    static (string? Text, int End) TitleAfter(TokenList tokens, int end)
    {
        var text = tokens.Text;
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] is not (',' or '(' or '—' or '–' or '-')) return (null, -1);
        var from = i + 1;
        var stop = text.IndexOfAny([',', ';', '.', '(', ')', ':'], from);
        if (stop < 0) stop = text.Length;
        // "Talgat Lastayev, Chairman of the Civil Aviation Committee For the Republic of Bulgaria: Nadezhda Bukhova": words
        // ending in a colon head the next field, and its heading starts with a capitalised function word ("For", "Со", "От"),
        // not with a title's own ("Deputy Minister of Energy: …" stays whole).
        if (stop < text.Length && text[stop] == ':') stop = HeadingStart(tokens, from, stop);
        if (stop - from < 3 || stop - from > 120) return (null, -1);
        return EventWords.Roles.First(tokens, from, stop) is { } role && role.Start - from < 25 ? (text[from..stop].Trim(), stop) : (null, -1);
    }

    /// <summary>Where the heading closed by a colon at <paramref name="colon"/> starts ("For the Republic of Bulgaria:"); the colon itself when none does.</summary>
    static int HeadingStart(TokenList tokens, int from, int colon)
    {
        for (var k = tokens.IndexAt(colon) - 1; k >= 0 && tokens[k].Start > from; k--)
            if (char.IsUpper(tokens.Text[tokens[k].Start]) && NameRules.IsNotNameFolded(tokens[k].Folded) && !EventWords.RoleWords.ContainsFolded(tokens[k].Folded))
                return tokens[k].Start;
        return colon;
    }
}
