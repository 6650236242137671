using Bot.Answering.Composing;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;

namespace Bot.Answering.Reading;

/// <summary>The passage route: read the evidence for the asked thing and lead with it, or refuse with what the sources do say.</summary>
public sealed class ReadingAnswerer(EvidenceReader reader)
{
    public Answer Answer(Question q, EntityIndex entities)
    {
        var reading = reader.Read(q, entities);
        return reading.Found ? ReadingComposer.Compose(q, reading) : ReadingComposer.Refuse(q, reading);
    }

    /// <summary>
    /// The answer when the evidence holds one; a refusal when the sentences about it date only other steps of its life
    /// ("signed …, ratified …" for "when did it enter into force"); else null (the caller has another route).
    /// </summary>
    public Answer? TryAnswerOrOtherSteps(Question q, EntityIndex entities)
    {
        var reading = reader.Read(q, entities);
        return reading.Found ? ReadingComposer.Compose(q, reading) : reading.RelatedHeader == "other_steps_header" ? ReadingComposer.Refuse(q, reading) : null;
    }

    /// <summary>The stored figures no correction notice of their page names wrong (<see cref="EvidenceReader.Standing"/>).</summary>
    public IReadOnlyList<Knowledge.Model.Figure> Standing(Question q, IReadOnlyList<Knowledge.Model.Figure> figures, EntityIndex entities) =>
        reader.Standing(q, figures, entities);

    /// <summary>
    /// "When will the air services agreement be signed?": the sentences telling the plan, read for no type; when none of them
    /// dates it, the answer says so before quoting them (a plan "still ahead" is no date). Null with no such sentence.
    /// </summary>
    public Answer? Planned(Question q, EntityIndex entities)
    {
        var untyped = q with { AnswerTypes = [] };
        var reading = reader.Read(untyped, entities);
        if (!reading.Found) return null;
        return ReadingComposer.UndatedPlan(q, reading) ?? ReadingComposer.Compose(untyped, reading);
    }

    /// <summary>The answer when the evidence holds one, else null (the caller has another route or a better refusal).</summary>
    public Answer? TryAnswer(Question q, EntityIndex entities)
    {
        var reading = reader.Read(q, entities);
        return reading.Found ? ReadingComposer.Compose(q, reading) : null;
    }
}
