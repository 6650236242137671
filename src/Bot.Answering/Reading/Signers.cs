using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// "Who signed the memorandum": only a sentence telling of a signing names a signatory, and not everyone it names. The
/// president at the ceremony ("in the presence of Presidents …", "Президенттің қатысуымен"), or a minister named in the
/// paragraph about the route, signed nothing the text says; asked who signed, they are no answer, and with none left the
/// answer is that the sources do not say (Reading/signers.json).
/// </summary>
public sealed class Signers(IReadOnlySet<string> before, IReadOnlySet<string> after)
{
    public static Signers Default { get; } = Load();

    public const string SignConcept = "sign";

    // "in the presence of Bulgarian Ambassador Vasil Petkov": the presence word stands a few words before the name. Only
    // lower-case words count: a list of names and titles ("President Kassym-Jomart Tokayev and President Rumen Radev") is
    // all of it in the presence.
    const int BeforeReach = 6;

    // "Тоқаевтың қатысуымен": a Kazakh postposition follows the name at once.
    const int AfterReach = 2;

    // "Signatories of the memorandum" over "For the Republic of Bulgaria: Kiril Stoyanov": a heading is a short line.
    public const int HeadingChars = 60;

    /// <summary>
    /// Whether the person at this span of the text is no signatory the text states. <paramref name="toldAround"/> says
    /// whether the line a list item stands under tells of the signing ("Signatories:"), asked only of a text that does not.
    /// </summary>
    public bool Excludes(string text, AnswerSpan span, Func<bool> toldAround)
    {
        var words = new List<(int Start, string Word, bool Signs)>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            var word = TextNormalizer.Fold(text.Substring(start, length));
            words.Add((start, word, DomainLexicon.Default.ConceptsOfWord(word).Contains(SignConcept)));
        }
        if (!words.Any(w => w.Signs) && !toldAround()) return true;
        var first = words.FindIndex(w => w.Start >= span.Start);
        if (first < 0) first = words.Count;
        var reach = BeforeReach;
        for (var i = first - 1; i >= 0 && reach > 0; i--)
        {
            if (words[i].Signs) break;
            if (before.Contains(words[i].Word)) return true;
            if (!char.IsUpper(text[words[i].Start])) reach--;
        }
        var next = words.FindIndex(w => w.Start >= span.End);
        for (var i = next; i >= 0 && i < words.Count && i < next + AfterReach; i++)
            if (after.Contains(words[i].Word)) return true;
        return false;
    }

    /// <summary>Whether the text tells of a signing at all.</summary>
    public static bool TellsOfSigning(string text) =>
        Tokenizer.Words(TextNormalizer.Fold(text)).Any(w => DomainLexicon.Default.ConceptsOfWord(w).Contains(SignConcept));

    sealed record SignerFile(Dictionary<string, List<string>> Before, Dictionary<string, List<string>> After);

    static Signers Load()
    {
        var file = EmbeddedJson.Load<SignerFile>("signers.json");
        static HashSet<string> Folded(Dictionary<string, List<string>> byLang) =>
            byLang.Values.SelectMany(x => x).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        return new Signers(Folded(file.Before), Folded(file.After));
    }
}
