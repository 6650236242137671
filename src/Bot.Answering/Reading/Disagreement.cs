using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Sources disagree: an older report put its population at about 500,000, while the radio says more than a million":
/// one sentence may itself say that its sources differ (Reading/disagreement.json), and then its two values of the
/// asked kind are two answers, shown side by side, not one of them picked.
/// </summary>
public sealed class Disagreement(IReadOnlyList<string[]> phrases)
{
    public static Disagreement Default { get; } = new(Load());

    public bool Stated(string sentence)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        return phrases.Any(phrase => WordPhrase.Anywhere(words, phrase));
    }

    sealed record PhraseFile(List<string> En, List<string> Ru, List<string> Bg, List<string> Kk);

    static List<string[]> Load()
    {
        var file = EmbeddedJson.Load<PhraseFile>("disagreement.json");
        return file.En.Concat(file.Ru).Concat(file.Bg).Concat(file.Kk)
            .Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();
    }
}
