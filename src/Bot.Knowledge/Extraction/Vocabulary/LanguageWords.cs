namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>Phrases of one meaning in each language ("en", "ru", "bg", "kk"), as the vocabulary files list them.</summary>
public sealed class LanguageWords : Dictionary<string, List<string>>
{
    public IEnumerable<string> All => Values.SelectMany(v => v);
}
