namespace Bot.Knowledge.Text;

/// <summary>
/// Which stemmer a word goes to, from the word alone (so the same word gets the same key in a document and in a
/// question): Latin letters → English; a letter only Kazakh has → Kazakh; the hard sign before a consonant or a
/// definite-article ending → Bulgarian; any other Cyrillic word → Russian (letters and endings from data files).
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
            if (Alphabet.IsKazakhLetter(c)) return Kind.Kazakh;
            // Russian writes the hard sign only before a soft vowel ("объём", "подъезд").
            if (c == Alphabet.HardSign && (i == folded.Length - 1 || !Alphabet.IsSoftVowel(folded[i + 1]))) return Kind.Bulgarian;
            if (c is >= '\u0400' and <= '\u04FF') cyrillic = true;
            else if (c is >= 'a' and <= 'z') latin = true;
        }
        if (cyrillic) return folded.Length > 4 && HasArticleEnding(folded) ? Kind.Bulgarian : Kind.Russian;
        return latin ? Kind.English : Kind.Other;
    }

    static bool HasArticleEnding(string folded)
    {
        foreach (var ending in LanguageGuessWords.ArticleEndings)
            if (folded.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
