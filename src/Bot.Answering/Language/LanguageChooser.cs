using Bot.Knowledge.Ingestion.Reading;
using System.Text;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>Which language to answer in: an explicit choice, else the Telegram user's language, else the question's own.</summary>
public static class LanguageChooser
{
    public static string Choose(string? explicitLang, string? telegramLanguageCode, string question)
    {
        if (Normalize(explicitLang) is { } e) return e;
        if (Normalize(telegramLanguageCode) is { } t) return t;
        return Detect(question);
    }

    /// <summary>
    /// The question's language, from its own words: a title it quotes («Transport Connection between Kazakhstan and
    /// Bulgaria») is a name in another language, not the language the user writes in.
    /// </summary>
    public static string Detect(string question)
    {
        var own = new StringBuilder(question);
        foreach (var (_, start, length) in QuotedNames.In(question)) own.Remove(start, length).Insert(start, new string(' ', length));
        var text = own.ToString();
        var guess = text.Count(char.IsLetter) >= MinOwnLetters ? LanguageGuess.Of(text) : LanguageGuess.Of(question);
        // "tovarooborot 2024": a Russian word in Latin letters, which no function word gives away.
        return guess == "en" && LatinQuestion.LanguageOf(text, DomainLexicon.Default) is { } typed ? typed : guess;
    }

    // Fewer letters than this outside the quotes ("«Дружба»?") say nothing: the quoted words are all there is.
    const int MinOwnLetters = 8;

    /// <summary>"ru-RU" → "ru"; unsupported codes → null.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return LanguageCodes.Supported.Contains(primary) ? primary : null;
    }
}
