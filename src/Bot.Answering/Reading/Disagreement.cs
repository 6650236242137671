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
        for (var i = 0; i < words.Count; i++)
            foreach (var phrase in phrases)
                if (Starts(words, i, phrase)) return true;
        return false;
    }

    static bool Starts(List<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return false;
        for (var j = 0; j < phrase.Length; j++)
            if (words[at + j] != phrase[j]) return false;
        return true;
    }

    sealed record PhraseFile(List<string> En, List<string> Ru, List<string> Bg, List<string> Kk);

    static List<string[]> Load()
    {
        var file = EmbeddedJson.Load<PhraseFile>("disagreement.json");
        return file.En.Concat(file.Ru).Concat(file.Bg).Concat(file.Kk)
            .Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0).ToList();
    }
}
