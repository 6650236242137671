using Bot.Answering.Conditions;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Understanding;

/// <summary>
/// Ordinals a question names as words or with a suffix ("third", "пятое", "петото", "5th", "5-ші", "30-летие"): which
/// session, which anniversary. "The first four months" is a period, not an ordinal, and plain numbers are not ordinals;
/// nor is the ordinal of a period's part ("in the first quarter of 2025", "2025 жылдың бірінші тоқсанында", "през първото
/// тримесечие"): it says when, and the evidence is held to that period, not to a "first" of its own.
/// </summary>
public static class QuestionOrdinals
{
    public static HashSet<int> Find(string text) => OrdinalMentions.Read(WithoutPeriods(text), firstWords: false).Ordinals.Select(m => m.Value).ToHashSet();

    static string WithoutPeriods(string text)
    {
        var periods = PeriodFinder.Find(text, null, openYear: true);
        if (periods.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var p in periods)
            for (var i = Math.Max(0, p.Index); i < p.End && i < chars.Length; i++) chars[i] = ' ';
        return new string(chars);
    }
}
