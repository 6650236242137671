using System.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// Words written wholly in capitals ("ИВАН ДИМИТРОВ", "VASIL PETKOV") as a name is usually written ("Иван Димитров"),
/// so that the name finder, which takes an all-capital word for an acronym, can judge whether they spell a name.
/// </summary>
public static class WordsInCapitals
{
    /// <summary>The text with each all-capital word of two or more letters recased; null when it has none.</summary>
    public static string? Recased(string text)
    {
        StringBuilder? recased = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            var allUpper = true;
            while (i < text.Length && char.IsLetter(text[i])) { allUpper &= char.IsUpper(text[i]); i++; }
            if (!allUpper || i - start < 2) continue;
            recased ??= new StringBuilder(text);
            for (var k = start + 1; k < i; k++) recased[k] = char.ToLowerInvariant(text[k]);
        }
        return recased?.ToString();
    }
}
