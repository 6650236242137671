using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Splits a paragraph into sentences without breaking on decimals, initials ("К. Massimov", "К.-Ж. Токаев") or the abbreviations of
/// the four languages (embedded sentences.json). An abbreviation before a name (Bulgarian "Sv. Kliment", "Dr. Smith") never
/// ends a sentence; one that closes a phrase ("etc.", the year in "2018 g.", "5.5 mln.") does when a capitalised word follows it.
/// </summary>
public static class SentenceSplitter
{
    sealed record SentencesFile(List<string> BeforeName, List<string> PhraseEnd, List<string> AfterNumber);

    enum Abbreviation { None, BeforeName, PhraseEnd, AfterNumber }

    static readonly Dictionary<string, Abbreviation> Abbreviations = Load();

    // Looked up by span: every full stop of every ingested paragraph is checked here.
    static readonly Dictionary<string, Abbreviation>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    static Dictionary<string, Abbreviation> Load()
    {
        var file = VocabularyFile.Load<SentencesFile>("sentences.json");
        var kinds = new Dictionary<string, Abbreviation>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in file.BeforeName) kinds[w] = Abbreviation.BeforeName;
        foreach (var w in file.PhraseEnd) kinds[w] = Abbreviation.PhraseEnd;
        foreach (var w in file.AfterNumber) kinds[w] = Abbreviation.AfterNumber;
        return kinds;
    }

    static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create(".!?\n");

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            // Only a line break or a closing mark can end a sentence: the characters between are skipped at once.
            var skipped = paragraph.AsSpan(i).IndexOfAny(Stops);
            if (skipped < 0) break;
            i += skipped;
            var c = paragraph[i];
            if (c == '\n' && ListItemAt(paragraph, i + 1) && paragraph.AsSpan(start, i - start).Trim().Length > 0)
            {
                // Each item of a list is a statement of its own ("- 1989 жыл — 10 228 адам"), read and quoted alone.
                sentences.Add(paragraph[start..i].Trim());
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < paragraph.Length && paragraph[next] is '"' or '»' or '”' or ')') next++;
            if (next >= paragraph.Length) break;
            if (!char.IsWhiteSpace(paragraph[next])) continue;
            var after = next;
            while (after < paragraph.Length && char.IsWhiteSpace(paragraph[after])) after++;
            if (after >= paragraph.Length) break;
            var n = paragraph[after];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '«' or '“' || SymbolsEnd(paragraph, after) > after || FootnoteEnd(paragraph, after) > after)) continue;
            if (c == '.' && !EndsAtAbbreviation(paragraph, i, after)) continue;
            // A dateline ("ASTANA, Monday.") is no sentence of its own: it belongs to the one it introduces; nor is a
            // time phrase that opens a sentence and ends in an abbreviation ("През октомври 2018 г. университетът…").
            if (IsFragment(paragraph.AsSpan(start, next - start)) || IsTimePhrase(paragraph.AsSpan(start, next - start))) continue;
            sentences.Add(paragraph[start..next].Trim());
            start = after;
            i = after - 1;
        }
        var rest = paragraph[start..].Trim();
        if (rest.Length > 0) sentences.Add(rest);
        return sentences;
    }

    /// <summary>A line that opens with a list marker: "- ", "– ", "• ", "* ", "1. ", "2) ", or an emoji a post's bullets are ("📌 ", "🏫 ").</summary>
    static bool ListItemAt(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        if (at + 1 >= text.Length) return false;
        if (SymbolsEnd(text, at) is var symbols && symbols > at) return symbols < text.Length && text[symbols] == ' ';
        if (text[at] is '-' or '–' or '—' or '•' or '*' or '·') return text[at + 1] == ' ';
        if (FootnoteEnd(text, at) is var note && note > at) return note < text.Length && text[note] == ' ';
        var digits = at;
        while (digits < text.Length && digits - at < 3 && char.IsAsciiDigit(text[digits])) digits++;
        return digits > at && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    /// <summary>
    /// Where a footnote's marker starting at <paramref name="at"/> ends ("[2] The fifth session took place…"), or
    /// <paramref name="at"/> when none starts there: a note of a release's "Notes to editors" is a statement of its own.
    /// </summary>
    static int FootnoteEnd(string text, int at)
    {
        if (at >= text.Length || text[at] != '[') return at;
        var digits = at + 1;
        while (digits < text.Length && digits - at <= 2 && char.IsAsciiDigit(text[digits])) digits++;
        return digits > at + 1 && digits < text.Length && text[digits] == ']' ? digits + 1 : at;
    }

    /// <summary>Where a run of pictographs starting at <paramref name="at"/> ends (flags, joined and varied emoji count as one run).</summary>
    internal static int SymbolsEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done)
        {
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            // A pictograph, and what joins or varies one: the zero-width joiner, variation selectors, skin tones.
            if (category is not (System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ModifierSymbol)) break;
            i += used;
        }
        return i;
    }

    static bool IsFragment(ReadOnlySpan<char> text) => text.Length < 30 && text.Count(' ') < 2;

    /// <summary>
    /// "През октомври 2018 г.", "В мае 2019 г.", "2025 ж.": nothing but a time — numbers, month names, year words and
    /// prepositions (calendar.json) — so no statement of its own, whatever capitalised word follows it.
    /// </summary>
    static bool IsTimePhrase(ReadOnlySpan<char> text)
    {
        var number = false;
        foreach (var range in text.SplitAny(" ,\u00a0"))
        {
            var word = text[range].TrimEnd('.');
            if (word.IsEmpty) continue;
            // "2018", "5-ти", "10-го": a number, with its day suffix if it has one.
            if (char.IsAsciiDigit(word[0])) { number = true; continue; }
            if (!CalendarWords.IsTimeWord(word)) return false;
        }
        return number;
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> may end a sentence whose successor starts at <paramref name="next"/>.</summary>
    static bool EndsAtAbbreviation(string text, int dot, int next)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] is '.' or '-')) s--;
        var word = text.AsSpan(s + 1, dot - s - 1);
        if (IsInitials(word)) return false;
        var kind = AbbreviationSpans.TryGetValue(word, out var k) ? k : Abbreviation.None;
        if (kind == Abbreviation.AfterNumber) kind = AfterNumber(text, s) ? Abbreviation.PhraseEnd : Abbreviation.BeforeName;
        return kind switch
        {
            Abbreviation.None => true,
            Abbreviation.PhraseEnd => StartsCapitalisedWord(text, next),
            _ => false,
        };
    }

    /// <summary>
    /// The initials of a name: "К", "K.-J", "Ж.-К", "A.B", "K.-Zh" (a transliterated letter may take two). A single
    /// part is one capital; joined parts may each be a capital and one small letter.
    /// </summary>
    static bool IsInitials(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return char.IsUpper(word[0]);
        var parts = 0;
        foreach (var range in word.SplitAny(".-"))
        {
            var part = word[range];
            if (part.IsEmpty) continue;
            if (!char.IsUpper(part[0]) || part.Length > 2 || (part.Length == 2 && !char.IsLower(part[1]))) return false;
            parts++;
        }
        return parts >= 2;
    }

    /// <summary>
    /// "2018 g.", "5.5 mln.": a number stands right before the abbreviation that starts after <paramref name="before"/>;
    /// or a scale that itself follows a number does ("612,4 млн. лв.", "3 млрд. тг.", "5 mln. lv."), so the currency
    /// after the scale closes the figure as the scale alone would.
    /// </summary>
    static bool AfterNumber(string text, int before, int depth = 0)
    {
        var i = before;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 0) return false;
        if (char.IsDigit(text[i])) return true;
        if (text[i] != '.' || depth > 0) return false;
        var s = i - 1;
        while (s >= 0 && char.IsLetter(text[s])) s--;
        return s < i - 1 && AbbreviationSpans.TryGetValue(text.AsSpan(s + 1, i - s - 1), out var kind)
            && kind == Abbreviation.AfterNumber && AfterNumber(text, s, depth + 1);
    }

    /// <summary>"The": a capital and then a small letter. "USD" after "mln." is an acronym inside the sentence.</summary>
    static bool StartsCapitalisedWord(string text, int at) =>
        char.IsUpper(text[at]) && at + 1 < text.Length && char.IsLower(text[at + 1]);
}
