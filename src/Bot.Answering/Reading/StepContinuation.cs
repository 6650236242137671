using Bot.Answering.Evidence;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Reading;

/// <summary>
/// "Делегации согласовали новый текст соглашения о воздушном сообщении. Документ был парафирован; подписать его предстоит
/// позднее.": what became of a document a sentence names is often told in the sentence after it, of "the document" or
/// "it". Quoted with it, the answer says what was done with the text: initialled, signed, still to be signed, ratified.
/// </summary>
internal static class StepContinuation
{
    /// <summary>The sentence after the window's, when the window names a document and that sentence tells a step of its life and names no other kind of document.</summary>
    public static string? Of(EvidenceWindow w)
    {
        if (w.After is not { } after) return null;
        var named = AgreementExtractor.KindsIn(w.Sentence);
        if (named.Count == 0 || !AgreementVocabulary.TellsStep(after)) return null;
        foreach (var (kind, _) in AgreementExtractor.KindsIn(after))
            if (!named.Exists(n => n.Kind == kind)) return null;
        return after;
    }
}
