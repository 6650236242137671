using Bot.Knowledge.Ingestion.Reading;
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

    public static string Detect(string question) => LanguageGuess.Of(question);

    /// <summary>"ru-RU" → "ru"; unsupported codes → null.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return LanguageCodes.Supported.Contains(primary) ? primary : null;
    }
}
