namespace Bot.Answering.Reading;

/// <summary>
/// The clause of a sentence around a position, for the readers that take a direction or a trader from it: a clause ends at
/// a comma, semicolon, colon or dash ("экспорт … 284,8 млн, импорт из Болгарии — 65 млн", "…, докато България продава …").
/// </summary>
internal static class ClauseBounds
{
    public static int Start(string s, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (IsBreak(s[i])) return i;
        return 0;
    }

    public static int End(string s, int index)
    {
        for (var i = index; i < s.Length; i++)
            if (IsBreak(s[i])) return i;
        return s.Length;
    }

    static bool IsBreak(char c) => c is ',' or ';' or '—' or '–' or ':';
}
