using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Splits a paragraph into sentences without breaking on decimals, initials ("К. Massimov") or the abbreviations of
/// the four languages ("г.", "млн.", "No."; embedded sentences.json).
/// </summary>
public static class SentenceSplitter
{
    sealed record SentencesFile(List<string> Abbreviations);

    static readonly HashSet<string> Abbreviations = new(VocabularyFile.Load<SentencesFile>("sentences.json").Abbreviations, StringComparer.OrdinalIgnoreCase);

    // Looked up by span: every full stop of every ingested paragraph is checked here.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < paragraph.Length && paragraph[next] is '"' or '»' or '”' or ')') next++;
            if (next >= paragraph.Length) break;
            if (!char.IsWhiteSpace(paragraph[next])) continue;
            var after = next;
            while (after < paragraph.Length && char.IsWhiteSpace(paragraph[after])) after++;
            if (after >= paragraph.Length) break;
            var n = paragraph[after];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '«' or '“')) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            // A dateline ("ASTANA, Monday.") is no sentence of its own: it belongs to the one it introduces.
            if (IsFragment(paragraph.AsSpan(start, next - start))) continue;
            sentences.Add(paragraph[start..next].Trim());
            start = after;
            i = after - 1;
        }
        var rest = paragraph[start..].Trim();
        if (rest.Length > 0) sentences.Add(rest);
        return sentences;
    }

    static bool IsFragment(ReadOnlySpan<char> text) => text.Length < 30 && text.Count(' ') < 2;

    static bool IsAbbreviation(string text, int dot)
    {
        var s = dot - 1;
        while (s >= 0 && (char.IsLetter(text[s]) || text[s] is '.' or '-')) s--;
        var word = text.AsSpan(s + 1, dot - s - 1);
        return word.Length == 1 && char.IsUpper(word[0]) || AbbreviationSpans.Contains(word);
    }
}
