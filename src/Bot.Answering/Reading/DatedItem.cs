using Bot.Answering.Evidence;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Reading;

/// <summary>
/// An item of a chronology, headed by its own date ("26 April 2023 – A business forum is held.", "5 юни 1992 г.: подписан
/// протокол …", "2012 ж. — …"): each line is an event of its own, with its own date, place and people. What the next or
/// the last line tells (a meeting "in Astana") is not this one's.
/// </summary>
public static class DatedItem
{
    /// <summary>
    /// Where an item's text starts after the date that heads it: nothing but list marks before the date, and a dash or
    /// colon right after it (past at most a short word for "year": "г.", "ж.").
    /// </summary>
    public static int? BodyAt(string sentence, int dateStart, int dateEnd)
    {
        if (dateEnd > sentence.Length || sentence.AsSpan(0, Math.Min(dateStart, sentence.Length)).ContainsAnyExcept(ItemMarks)) return null;
        var letters = 0;
        for (var i = dateEnd; i < sentence.Length && i < dateEnd + ItemGap; i++)
        {
            var c = sentence[i];
            if (c is '–' or '—' or ':' || c == '-' && i + 1 < sentence.Length && char.IsWhiteSpace(sentence[i + 1])) return i + 1;
            if (char.IsLetterOrDigit(c) && ++letters > YearWordLetters) return null;
        }
        return null;
    }

    static readonly System.Buffers.SearchValues<char> ItemMarks = System.Buffers.SearchValues.Create(" \t-–—•*·>#.)0123456789");

    const int ItemGap = 12;
    const int YearWordLetters = 4;

    /// <summary>The text opens with a date heading it as a chronology's item.</summary>
    public static bool Heads(string text, PartialDate? published) =>
        DateFinder.Find(text, published) is [var first, ..] && BodyAt(text, first.Index, first.EndIndex) is not null;

    /// <summary>
    /// The neighbour sentence belongs to another item than the window's: it stands in another paragraph, and one of the
    /// two is a dated item (the window's own paragraph, or the neighbour itself).
    /// </summary>
    public static bool Apart(EvidenceWindow w, string neighbour) =>
        !w.Passage.Text.Contains(neighbour, StringComparison.Ordinal) && (Heads(w.Passage.Text, w.Published) || Heads(neighbour, w.Published));
}
