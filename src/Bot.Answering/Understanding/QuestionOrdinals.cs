using Bot.Answering.Conditions;

namespace Bot.Answering.Understanding;

/// <summary>
/// Ordinals a question names as words or with a suffix ("third", "пятое", "петото", "5th", "5-ші", "30-летие"): which
/// session, which anniversary. "The first four months" is a period, not an ordinal, and plain numbers are not ordinals.
/// </summary>
public static class QuestionOrdinals
{
    public static HashSet<int> Find(string text) => OrdinalMentions.Read(text, firstWords: false).Ordinals.Select(m => m.Value).ToHashSet();
}
