using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Evidence;

/// <summary>
/// A line that only says where and when an item was published ("*Шымкент, 2023 жылғы 18 ақпан.*", "Sofia, 5 April
/// 2026. BTA. Source: https://…"): the item's own date and a few capitalised names (place, agency, "Source"). It tells of
/// nothing the item reports, so it is neither evidence nor the date of the headline or lead beside it.
/// </summary>
public static class DatelineText
{
    // A place, an agency and a "Source:" label; a sentence that reports something has more words, and lower-case ones.
    const int MaxNames = 5;

    /// <summary>Longer than this, a line is no dateline (checked first: it costs nothing).</summary>
    public const int MaxChars = 240;

    static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    public static bool Is(string text, PartialDate? published)
    {
        if (text.Length > MaxChars || published is not { Day: not null } day) return false;
        // A day is written in digits ("5 April", "18 ақпан", "05.04.2026"): a line without one states no day, and reading its
        // dates (the costliest step, done for every window read) would find none.
        if (!text.AsSpan().ContainsAny(Digits)) return false;
        var blanked = Links.Blanked(text);
        var dates = DateFinder.Find(blanked, null);
        if (dates.Count == 0 || !dates.All(d => d.Start == day)) return false;
        var names = 0;
        var position = 0;
        while (Tokenizer.Next(blanked, ref position, out var start, out var length))
        {
            if (dates.Any(d => start >= d.Index && start < d.EndIndex)) continue;
            if (!char.IsUpper(blanked[start]) || ++names > MaxNames) return false;
        }
        return true;
    }
}
