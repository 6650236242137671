using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>A number as a text writes it, in digits ("1,000", "349,8") or as a word ("five", "пять", "бес").</summary>
public static class NumberWords
{
    public static double? Read(string token)
    {
        if (token.Length > 0 && char.IsDigit(token[0])) return NumberParser.Parse(token);
        return CalendarWords.SmallNumber(TextNormalizer.Fold(token));
    }
}
