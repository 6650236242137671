using Bot.Answering.Localization;
using Bot.Knowledge.Text;

namespace Bot.Answering.Composing;

/// <summary>A sentence quoted verbatim, with the language it is in named when that is not the user's.</summary>
public static class QuoteText
{
    const int MinLetters = 16;

    /// <param name="whole">The sentence a cut quote was taken from ("Былтыр тауар айналымы 95,2 млн доллар болды …"): a clause
    /// has too few words to tell its language by, the sentence does.</param>
    public static string Render(string sentence, string lang, string marker, string? whole = null)
    {
        // A source's address is written in Latin letters whatever the sentence's language.
        var blanked = Links.Blanked(whole ?? sentence);
        var quoteLang = LanguageGuess.Of(blanked);
        // A list's row ("- 1989 жыл — 10 228 адам") has too few words to tell its language by: it is named with the line above it.
        var note = quoteLang == lang || blanked.Count(char.IsLetter) < MinLetters ? "" : " " + Texts.Get(lang, "quoted_in", Texts.Get(lang, "language." + quoteLang));
        return $"«{sentence.Trim()}» {marker}{note}";
    }
}
