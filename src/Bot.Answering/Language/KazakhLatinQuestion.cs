using System.Text;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>
/// A Kazakh question typed in Latin letters ("2024 zhyly Qazaqstannan … qansha boldy?", "Astanada qaı qalanyń …") told
/// from English, and read in Cyrillic so the lexicon, the cues and the search see the Kazakh words the user meant.
/// The answer is written in Cyrillic Kazakh: the user spells in one of three ways, the sources quoted are in their own
/// script whatever the question's, and Cyrillic is the spelling every Kazakh reader reads.
/// </summary>
public static class KazakhLatinQuestion
{
    /// <summary>
    /// Kazakh in Latin letters: at least two words are Kazakh — a letter only a Kazakh alphabet writes, a listed Kazakh
    /// word no English one, or a listed stem with Kazakh endings ("Qazaqstannan") — and more than the English words.
    /// </summary>
    public static bool IsKazakh(string question, DomainLexicon lexicon)
    {
        var vocabulary = KazakhLatinVocabulary.Of(lexicon);
        var english = lexicon.WordsIn("en");
        int kazakh = 0, englishWords = 0;
        foreach (var word in Tokenizer.Words(question))
        {
            if (word.Length < 2 || !word.All(IsLatinLetter)) continue;
            var lower = KazakhLatin.Lower(word);
            var folded = TextNormalizer.Fold(lower);
            if (english.Contains(folded)) { englishWords++; continue; }
            if (KazakhLatin.IsKazakhWord(lower) || KazakhLatin.MarkerCount(lower) > 0) { kazakh++; continue; }
            if (vocabulary.Read(lower).Known) kazakh++;
        }
        return kazakh >= 2 && kazakh > englishWords;
    }

    /// <summary>The question with each Latin word in Cyrillic ("Qazaqstanda neshe …" → "Қазақстанда неше …"); digits and other scripts stay.</summary>
    public static string ToCyrillic(string question, DomainLexicon lexicon)
    {
        var vocabulary = KazakhLatinVocabulary.Of(lexicon);
        var sb = new StringBuilder(question.Length + 8);
        var position = 0;
        var copied = 0;
        while (Tokenizer.Next(question, ref position, out var start, out var length))
        {
            sb.Append(question, copied, start - copied);
            var word = question.Substring(start, length);
            if (!word.Any(char.IsLetter) || !word.Where(char.IsLetter).All(IsLatinLetter)) sb.Append(word);
            else
            {
                var cyrillic = string.Join('-', KazakhLatin.Lower(word).Split('-').Select(part => part.Length == 0 ? part : vocabulary.Read(part).Cyrillic));
                sb.Append(char.IsUpper(word[0]) && cyrillic.Length > 0 ? char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..] : cyrillic);
            }
            copied = start + length;
        }
        sb.Append(question, copied, question.Length - copied);
        return sb.ToString();
    }

    // Latin letters, with those Kazakh's Latin alphabets add (up to Latin Extended-B) and the combining dot a capital İ leaves.
    static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u024F') or '\u0307' or '\'';
}
