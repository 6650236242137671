namespace Bot.Knowledge.Text;

/// <summary>Splits text into words and numbers; everything else (punctuation, FTS operators, SQL) is a separator.</summary>
public static class Tokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
