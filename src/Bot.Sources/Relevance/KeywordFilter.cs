using Bot.Knowledge.Text;

namespace Bot.Sources.Relevance;

/// <summary>
/// A feed's Include keywords, checked against what the feed itself says of an entry (title, summary, categories)
/// before the article is fetched: a general news feed would otherwise cost one download per story.
/// Words are compared folded (case, ё, diacritics), a keyword matching a whole word or the start of one.
/// </summary>
public static class KeywordFilter
{
    public static bool Matches(IReadOnlyList<string> keywords, string text)
    {
        if (keywords.Count == 0) return true;
        var words = Tokenizer.Words(text).Select(TextNormalizer.Fold).ToList();
        var joined = " " + string.Join(' ', words) + " ";
        return keywords.Any(k =>
        {
            var key = string.Join(' ', Tokenizer.Words(k).Select(TextNormalizer.Fold));
            return key.Length > 0 && joined.Contains(" " + key, StringComparison.Ordinal);
        });
    }
}
