using System.Text.RegularExpressions;

namespace Bot.Answering.Lexicon;

/// <summary>
/// One expression for a data file's phrase lists (by language): each phrase's words apart by any spaces, a word ending in
/// * takes any ending and any other word is whole, the longest phrase tried first, case ignored. An empty list matches
/// nothing.
/// </summary>
public static class PhraseRegex
{
    public static Regex Of(Dictionary<string, List<string>> byLanguage)
    {
        var phrases = byLanguage.Values.SelectMany(v => v).Distinct().OrderByDescending(p => p.Length).Select(Phrase).ToList();
        return phrases.Count == 0
            ? new Regex("(?!)")
            : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", phrases) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    static string Phrase(string phrase) =>
        string.Join(@"[\s\u00A0]+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith('*') ? Regex.Escape(w.TrimEnd('*')) + @"\p{L}*" : Regex.Escape(w) + @"(?![\p{L}\p{N}])"));
}
