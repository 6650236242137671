namespace Bot.Knowledge.Text;

/// <summary>
/// Which of en/ru/bg/kk a text is written in, from the letters each alphabet has alone (alphabet.json) and the
/// commonest function words and endings (language-guess.json): Kazakh has letters of its own; Russian has letters
/// Bulgarian lacks; Bulgarian writes the hard sign inside words; Kazakh in Latin letters writes letters of its own (kazakh-latin.json).
/// </summary>
public static class LanguageGuess
{
    public static string Of(string text)
    {
        int kk = 0, ru = 0, bg = 0, cyr = 0, lat = 0, kazakhWords = 0;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
        {
            var l = char.ToLowerInvariant(c);
            if (Alphabet.IsKazakhLetter(l)) kk++;
            else if (Alphabet.IsRussianLetter(l)) ru += 2;
            if (l is >= '\u0400' and <= '\u04FF') cyr++;
            else if (l is >= 'a' and <= 'z') lat++;
        }
        if (cyr == 0 && lat == 0) return "en";
        if (lat > cyr) return IsKazakhLatin(text, lat) ? "kk" : TransliteratedLanguage(text) ?? "en";
        // Russian and Bulgarian never use these letters; Kazakh uses one every few words (and "ы" as often as Russian).
        if (kk > 0 && kk * 40 >= cyr) return "kk";
        foreach (var word in Tokenizer.Words(text.Length > 5_000 ? text[..5_000] : text))
        {
            var w = word.ToLowerInvariant();
            if (LanguageGuessWords.Bulgarian.Contains(w)) bg += 2;
            if (LanguageGuessWords.Russian.Contains(w)) ru += 2;
            if (LanguageGuessWords.Kazakh.Contains(w)) kazakhWords += 3;
            var inner = w.IndexOf(Alphabet.HardSign);
            if (inner >= 0 && inner < w.Length - 1) bg += 3;
            if (LanguageGuessWords.HasBulgarianEnding(w)) bg++;
            if (LanguageGuessWords.HasRussianEnding(w)) ru++;
        }
        // "Ал 2013 жылы?": a short Kazakh text may write no letter of Kazakh's own; its words give it away.
        if (kazakhWords > 0 && kazakhWords > ru && kazakhWords > bg) return "kk";
        return bg > ru ? "bg" : "ru";
    }

    /// <summary>
    /// Russian or Bulgarian written in Latin letters ("Vo skolko raz vyros eksport … v 2024 godu?"): the language whose
    /// function words, as Latin spells them, the text holds more of than English's, and at least two; else null.
    /// </summary>
    public static string? TransliteratedLanguage(string text)
    {
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(text.Length > 5_000 ? text[..5_000] : text))
        {
            var w = word.ToLowerInvariant();
            foreach (var (lang, words) in LanguageGuessWords.Latin)
                if (words.Contains(w)) (seen.TryGetValue(lang, out var s) ? s : seen[lang] = new HashSet<string>(StringComparer.Ordinal)).Add(w);
        }
        var english = seen.GetValueOrDefault("en")?.Count ?? 0;
        var best = seen.Where(p => p.Key != "en").OrderByDescending(p => p.Value.Count).FirstOrDefault();
        return best.Value is { Count: >= 2 } found && found.Count > english ? best.Key : null;
    }

    // Kazakh in its Latin alphabet writes a letter of its own every few words ("Forumğa 20-dan astam… qatysty"); one
    // such letter is a foreign name in an English text ("Erdoğan").
    static bool IsKazakhLatin(string text, int latinLetters)
    {
        var markers = KazakhLatin.MarkerCount(text.Length > 20_000 ? text[..20_000] : text);
        return markers >= 2 && markers * 20 >= latinLetters;
    }
}
