namespace Bot.Knowledge.Text;

/// <summary>
/// Which of en/ru/bg/kk a text is written in, from the letters each alphabet has alone and the commonest
/// function words: Kazakh has ә ғ қ ң ө ұ ү һ і; Russian has ы э ё; Bulgarian uses ъ inside words and "на/за/са/е".
/// </summary>
public static class LanguageGuess
{
    static readonly HashSet<string> Bulgarian = ["е", "са", "се", "на", "за", "от", "със", "във", "през", "ли", "какъв", "каква", "какво", "какви", "кой", "коя", "кое", "кои", "колко", "кога", "къде", "чия", "чий", "чие", "ще", "това", "този", "тази", "бяха", "беше", "като", "между", "също", "и"];
    static readonly HashSet<string> Russian = ["в", "с", "и", "что", "кто", "какой", "какая", "какое", "какие", "сколько", "когда", "где", "был", "была", "были", "это", "этот", "из", "по", "о", "об", "для", "году", "года", "его", "её", "при", "между", "также", "чей", "чья", "какую", "каком", "каким", "какого", "которые", "который", "ещё", "еще", "оно", "него"];

    public static string Of(string text)
    {
        int kk = 0, ru = 0, bg = 0, cyr = 0, lat = 0;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
        {
            var l = char.ToLowerInvariant(c);
            if (l is 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і') kk++;
            else if (l is 'ы' or 'э' or 'ё') ru += 2;
            if (l is >= 'а' and <= 'я' or 'ё' or >= 'ә' and <= 'і' || l >= '\u0400' && l <= '\u04FF') cyr++;
            else if (l is >= 'a' and <= 'z') lat++;
        }
        if (cyr == 0 && lat == 0) return "en";
        if (lat > cyr) return "en";
        // Russian and Bulgarian never use these letters; Kazakh uses one every few words (and "ы" as often as Russian).
        if (kk > 0 && kk * 40 >= cyr) return "kk";
        foreach (var word in Tokenizer.Words(text.Length > 5_000 ? text[..5_000] : text))
        {
            var w = word.ToLowerInvariant();
            if (Bulgarian.Contains(w)) bg += 2;
            if (Russian.Contains(w)) ru += 2;
            var inner = w.IndexOf('ъ');
            if (inner >= 0 && inner < w.Length - 1) bg += 3;
            if (w.EndsWith("ът", StringComparison.Ordinal) || w.EndsWith("ят", StringComparison.Ordinal) || w.EndsWith("ите", StringComparison.Ordinal) || w.EndsWith("ата", StringComparison.Ordinal)) bg++;
            if (w.EndsWith("ого", StringComparison.Ordinal) || w.EndsWith("ует", StringComparison.Ordinal) || w.EndsWith("ться", StringComparison.Ordinal) || w.EndsWith("ых", StringComparison.Ordinal) || w.EndsWith("ий", StringComparison.Ordinal)
                || w.Length > 3 && w.EndsWith("ую", StringComparison.Ordinal)) ru++;
        }
        return bg > ru ? "bg" : "ru";
    }
}
