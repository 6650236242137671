using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction.Corrections;

/// <summary>
/// The paragraphs of a page that are correction or update notices ("UPD (15.03.2024): …", "CORRECTION: An earlier take of
/// this item misstated …", "Поправка: …", "Түзету: …"), found once, when the page is ingested: the store keeps which
/// passages they are (the notices table), and answering reads them with its other snapshots instead of searching every
/// answer's documents for them. A notice opens with a label (after markup or a bracket), or says a value was wrong and
/// names an earlier version of the page wherever it stands. Words in Vocabulary/corrections.json.
/// </summary>
public static class CorrectionNotices
{
    sealed record NoticeWords(Dictionary<string, List<string>> Labels, Dictionary<string, List<string>> Wrong, Dictionary<string, List<string>> Versions);

    static readonly NoticeWords Words = VocabularyFile.Load<NoticeWords>("corrections.json");

    // Anchored where the paragraph's first word starts: run only on a paragraph whose first word opens a label.
    static readonly Regex Label = new(@"\G" + Phrases.Alternation(Words.Labels.Values.SelectMany(v => v)) + Phrases.After, Phrases.Options);

    static readonly HashSet<string> LabelFirstWords = new(
        Words.Labels.Values.SelectMany(v => v).Select(FirstWord).Where(w => w.Length > 0), StringComparer.OrdinalIgnoreCase);

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelFirst = LabelFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly PhraseExpression WrongWords = new(Words.Wrong.Values.SelectMany(v => v));
    static readonly PhraseExpression VersionWords = new(Words.Versions.Values.SelectMany(v => v));

    static string FirstWord(string phrase)
    {
        var end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end])) end++;
        return phrase[..end];
    }

    static readonly SearchValues<char> Markup = SearchValues.Create(" *_[(#>-–—\t");
    static readonly SearchValues<char> HeaderEnds = SearchValues.Create(".–—");

    // A label opens its paragraph: only markup and a bracket may stand before it ("*UPD:*", "[Поправка]").
    const int LabelReach = 4;

    // The notice's own date and time stand between its label and a colon ("UPD (15.03.2024, 10:20):"): they correct nothing.
    const int HeaderReach = 48;

    /// <summary>Whether a sentence says a value was wrong ("ошибочно указано", "misstated", "погрешно беше посочено").</summary>
    public static bool SaysWrong(string sentence) => WrongWords.IsMatch(sentence);

    /// <summary>Where the text of a notice starts in a paragraph (after its label and the notice's own date), or null when it is none.</summary>
    public static int? Start(string paragraph) =>
        AfterLabel(paragraph) ?? (WrongWords.IsMatch(paragraph) && VersionWords.IsMatch(paragraph) ? 0 : null);

    /// <summary>
    /// The paragraphs of a document that are notices and where each one's text starts; the words of its sentences,
    /// already split, say whether a paragraph without a label says a value was wrong and names an earlier version.
    /// </summary>
    internal static IReadOnlyList<(int Paragraph, int Start)> Of(IReadOnlyList<string> paragraphs, IReadOnlyList<SentenceFacts> units)
    {
        List<(int, int)>? found = null;
        for (var p = 0; p < paragraphs.Count; p++)
            if (AfterLabel(paragraphs[p]) is { } start) (found ??= []).Add((p, start));
        // Without a label: a paragraph with a sentence saying a value was wrong, and one naming an earlier version. Most
        // documents say nothing was wrong: then none is, and the versions, whose first words ("first", "как", "по") start
        // many sentences, are not read at all.
        if (!AnySaysWrong(units)) return Sorted(found);
        int wrongIn = -1, versionIn = -1;
        foreach (var u in units)
        {
            var p = u.Unit.Paragraph;
            if (p < 0 || p >= paragraphs.Count || found?.Exists(f => f.Item1 == p) == true) continue;
            if (wrongIn != p && WrongWords.IsMatch(u.Tokens)) wrongIn = p;
            if (versionIn != p && VersionWords.IsMatch(u.Tokens)) versionIn = p;
            if (wrongIn == p && versionIn == p) (found ??= []).Add((p, 0));
        }
        return Sorted(found);
    }

    static IReadOnlyList<(int Paragraph, int Start)> Sorted(List<(int, int)>? found) => found is null ? [] : [.. found.OrderBy(f => f.Item1)];

    static bool AnySaysWrong(IReadOnlyList<SentenceFacts> units)
    {
        for (var i = 0; i < units.Count; i++)
            if (WrongWords.IsMatch(units[i].Tokens)) return true;
        return false;
    }

    static int? AfterLabel(string paragraph)
    {
        var at = paragraph.AsSpan(0, Math.Min(paragraph.Length, LabelReach + 1)).IndexOfAnyExcept(Markup);
        if (at < 0) return null;
        var end = at;
        while (end < paragraph.Length && char.IsLetter(paragraph[end])) end++;
        if (end == at || !LabelFirst.Contains(paragraph.AsSpan(at, end - at))) return null;
        var label = Label.Match(paragraph, at);
        if (!label.Success) return null;
        var after = label.Index + label.Length;
        // "UPD (15.03.2024, 10:20): …": the bracket after the label holds the notice's own date and time, colons too.
        if (paragraph.AsSpan(after).TrimStart().StartsWith("(") && paragraph.IndexOf(')', after) is var shut and >= 0 && shut - after <= HeaderReach) after = shut + 1;
        // The colon ends the header, however many dots its date has; else a dash or a full stop.
        var colon = paragraph.IndexOf(':', after);
        if (colon < 0 || colon - after > HeaderReach) colon = paragraph.AsSpan(after).IndexOfAny(HeaderEnds) is var stop and >= 0 ? after + stop : -1;
        return colon >= 0 && colon - after <= HeaderReach ? colon + 1 : after;
    }
}
