using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Passages;

/// <summary>Question words that name a time: a year ("2024") or a month ("October", "октябре", "қараша").</summary>
public static class TimeWords
{
    public static bool IsTime(string word) => Year(word) is not null || Month(word) is not null;

    public static int? Year(string word) => int.TryParse(word, out var y) && y is >= 1800 and <= 2100 ? y : null;

    public static int? Month(string word) => CalendarWords.Month(TextNormalizer.Fold(word));
}
