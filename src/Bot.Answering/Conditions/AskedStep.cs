using System.Runtime.CompilerServices;
using Bot.Answering.Evidence;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;

namespace Bot.Answering.Conditions;

/// <summary>
/// "When did Kazakhstan ratify the memorandum signed with Bulgaria?" asks the date of a step after the signing (its
/// ratification, entry into force, extension, termination): evidence that tells of none of the asked steps — only of the
/// signing, the talks around it, the visit — dates something else, however many of the question's words it repeats, and a
/// date read there would be the signing's given for the ratification. The step may be told in the sentence, in the one
/// before or after it, or in the head of the list it is an item of.
/// </summary>
public sealed class AskedStep : EvidenceCondition
{
    public static AskedStep Default { get; } = new();

    public override string Name => "step";

    public override bool Key => true;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return Verdict.Met;
        var (asked, documentSigningAsked) = Read.GetValue(q, question => new Asked(StepsAsked(question),
            AgreementExtractor.KindsIn(question.Text).Count > 0 && DateEvents.Default.Asked(question).Contains(Signing[0])));
        var window = w.Window;
        // The question heading the answer ("— When was it ratified? — On 5 May.") tells what the answer is of; the next
        // question of an FAQ or an interview tells of nothing the sentence says.
        string?[] around = [window.Sentence, window.Before, window.After is { } after && !Speakers.EndsAsking(after) ? after : null, window.ListIntro];
        if (asked.Count == 0) return documentSigningAsked && NegotiatedOnly(window.Sentence, around) ? Verdict.NotStated : Verdict.Met;
        return around.Any(text => text is not null && Taken(q, text, asked)) ? Verdict.Met : Verdict.NotStated;
    }

    /// <summary>
    /// The text tells an asked step as taken, of Kazakhstan's and Bulgaria's agreement: not "Bulgaria's parliament ratified an
    /// air services agreement with Uzbekistan" beside a sentence on flights (a third country's, <see cref="PartnerCountry"/>),
    /// nor "Келісім … ратификациялануы тиіс", "does not require ratification" (a step owed or not needed).
    /// </summary>
    static bool Taken(Question q, string text, IReadOnlyCollection<string> asked) =>
        DateEvents.Default.Tells(text, asked) && PartnerCountry.Agrees(q, text) && !TakenBack.NoStepTaken(text);

    /// <summary>
    /// The later steps asked; of a law or bill, the step of the act itself ("When did the Majilis approve the ratification
    /// bill?" is answered by "Заң жобасын Мәжіліс 28 қаңтарда мақұлдаған", which names no ratification).
    /// </summary>
    static IReadOnlyList<string> StepsAsked(Question q)
    {
        var later = DateEvents.Default.LaterStepsAsked(q);
        return later.Count > 0 && DateEvents.Default.ActStepsAsked(q) is { Count: > 0 } act ? act : later;
    }

    static readonly string[] Signing = ["sign"], Negotiating = ["talks"];

    // What the question asks is read once, not again for every window judged: the steps after the signing it asks, and
    // whether it asks when a document was signed.
    sealed record Asked(IReadOnlyList<string> LaterSteps, bool DocumentSigning);
    static readonly ConditionalWeakTable<Question, Asked> Read = new();

    /// <summary>
    /// "When was the protocol amending the convention signed?" is not answered by "Preparations for the second round of
    /// negotiations on the protocol were discussed" under a post dated 5 November: a document still negotiated has no day of
    /// signing, and the date beside its talks is theirs. The sentence tells talks and neither it nor its neighbours a signing
    /// (asked only when the question asks when a document was signed).
    /// </summary>
    static bool NegotiatedOnly(string sentence, string?[] around) =>
        DateEvents.Default.Tells(sentence, Negotiating) && !around.Any(text => text is not null && DateEvents.Default.Tells(text, Signing));

}
