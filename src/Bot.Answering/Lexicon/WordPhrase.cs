namespace Bot.Answering.Lexicon;

/// <summary>
/// A phrase of the data files, folded and split into words, looked for among a text's folded words: one rule for every
/// cue list (follow-up words, answer-type units, proposal verbs, disagreement phrases), so they all match alike.
/// </summary>
internal static class WordPhrase
{
    /// <summary>Whether the phrase's words stand in <paramref name="words"/> from <paramref name="at"/> on; false where it would run past the end.</summary>
    public static bool At(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at < 0 || at + phrase.Length > words.Count) return false;
        for (var j = 0; j < phrase.Length; j++)
            if (!string.Equals(words[at + j], phrase[j], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Whether the phrase stands anywhere in <paramref name="words"/>.</summary>
    public static bool Anywhere(IReadOnlyList<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
            if (At(words, i, phrase)) return true;
        return false;
    }
}
