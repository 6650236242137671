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

    /// <summary>The answer when the evidence holds one, else null (the caller has another route or a better refusal).</summary>
    public Answer? TryAnswer(Question q, EntityIndex entities)
    {
        var reading = reader.Read(q, entities);
        return reading.Found ? ReadingComposer.Compose(q, reading) : null;
    }
}
