using Bot.Answering.Evidence;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

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
        var asked = DateEvents.Default.LaterStepsAsked(q);
        if (asked.Count == 0) return Verdict.Met;
        var window = w.Window;
        // The question heading the answer ("— When was it ratified? — On 5 May.") tells what the answer is of; the next
        // question of an FAQ or an interview tells of nothing the sentence says.
        string?[] around = [window.Sentence, window.Before, window.After is { } after && !Speakers.EndsAsking(after) ? after : null, window.ListIntro];
        return around.Any(text => text is not null && DateEvents.Default.Tells(text, asked)) ? Verdict.Met : Verdict.NotStated;
    }

}
