namespace Bot.Knowledge.Text;

/// <summary>
/// Which stemmer a word goes to, from the word alone (so the same word gets the same key in a document and in a
/// question): Latin letters → English; a letter only Kazakh has → Kazakh; "ъ" before a consonant or a definite-article
/// ending → Bulgarian; any other Cyrillic word → Russian.
/// </summary>
public static class WordLanguage
{
    public enum Kind { Other, English, Russian, Bulgarian, Kazakh }

    public static Kind Of(string folded)
    {
        var cyrillic = false;
        var latin = false;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і') return Kind.Kazakh;
            if (c == 'ъ' && (i == folded.Length - 1 || !IsRussianSoftVowel(folded[i + 1]))) return Kind.Bulgarian;
            if (c is >= '\u0400' and <= '\u04FF') cyrillic = true;
            else if (c is >= 'a' and <= 'z') latin = true;
        }
        if (cyrillic) return folded.Length > 4 && (folded.EndsWith("ът", StringComparison.Ordinal) || folded.EndsWith("ят", StringComparison.Ordinal)) ? Kind.Bulgarian : Kind.Russian;
        return latin ? Kind.English : Kind.Other;
    }

    // Russian writes "ъ" only before е, ё, ю, я ("объём", "подъезд").
    static bool IsRussianSoftVowel(char c) => c is 'е' or 'ё' or 'ю' or 'я';
}
