using Bot.Knowledge.Extraction;

namespace Bot.Answering.Understanding;

/// <summary>
/// Ordinals a text names as words or with a suffix ("third", "пятое", "петото", "5th"): which session, which
/// anniversary. "The first four months" is a period, not an ordinal, and plain numbers are not ordinals.
/// </summary>
public static class QuestionOrdinals
{
    /// <param name="words">Folded words in order.</param>
    public static HashSet<int> Find(IReadOnlyList<string> words)
    {
        var found = new HashSet<int>();
        // Each distinct word is looked up once: a question may repeat one word thousands of times.
        var ordinals = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!ordinals.TryGetValue(words[i], out var ordinal))
                ordinals[words[i]] = ordinal = words[i].All(char.IsDigit) ? null : CalendarWords.Ordinal(words[i]);
            if (ordinal is not { } n) continue;
            if (i + 1 < words.Count && (CalendarWords.SmallNumber(words[i + 1]) is not null || CalendarWords.Month(words[i + 1]) is not null)) continue;
            found.Add(n);
        }
        return found;
    }
}
