using Bot.Answering.Localization;
using Bot.Knowledge.Text;

namespace Bot.Answering.Composing;

/// <summary>A sentence quoted verbatim, with the language it is in named when that is not the user's.</summary>
public static class QuoteText
{
    public static string Render(string sentence, string lang, string marker)
    {
        // A source's address is written in Latin letters whatever the sentence's language.
        var quoteLang = LanguageGuess.Of(Links.Blanked(sentence));
        var note = quoteLang == lang ? "" : " " + Texts.Get(lang, "quoted_in", Texts.Get(lang, "language." + quoteLang));
        return $"«{sentence.Trim()}» {marker}{note}";
    }
}
