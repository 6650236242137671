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

    // A sentence saying "not yet signed" is often short ("That memorandum has not yet been signed."): it repeats less of the
    // question than the one naming the memorandum before it, yet answers it.
    const double CloseToBest = 0.7;

    /// <summary>
    /// "Was the memorandum on oil storage at Rosenets signed?": of the evidence close to the best, the sentences telling the
    /// signing as not done ("That memorandum has not yet been signed.", "… все още не е одобрен … и не е подписан") lead the
    /// answer, before one that only names the memorandum. A sentence of that kind must name the kind of document the question
    /// does, when it names one. Null when no such sentence is among the evidence.
    /// </summary>
    /// <param name="alone">Only those sentences are quoted ("which agreement was left unsigned"), not the rest of the evidence.</param>
    public Answer? ToldUnsigned(Question q, EntityIndex entities, bool alone)
    {
        var untyped = q with { AnswerTypes = [] };
        var reading = reader.Read(untyped, entities);
        if (!reading.Found) return null;
        var kinds = Knowledge.Extraction.AgreementExtractor.KindsIn(q.Text).Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
        var floor = reading.Answers[0].Score * CloseToBest;
        var told = reading.Answers.Where(a => a.Score >= floor && Tells(a.Window.Window.Sentence)).ToList();
        if (told.Count == 0) return null;
        // "Which agreement was left unsigned?" is answered by the sentences saying so alone; "was it signed?" by them first, then
        // what else the evidence tells of the document ("… will prepare a draft memorandum").
        return ReadingComposer.Compose(untyped, reading with { Answers = alone ? told : [.. told, .. reading.Answers.Except(told)] });

        bool Tells(string sentence) => Knowledge.Extraction.AgreementVocabulary.TellsUnsigned(sentence)
            && (kinds.Count == 0 || Knowledge.Extraction.AgreementExtractor.KindsIn(sentence).Exists(k => kinds.Contains(k.Kind)));
    }

    /// <summary>The answer when the evidence holds one, else null (the caller has another route or a better refusal).</summary>
    public Answer? TryAnswer(Question q, EntityIndex entities)
    {
        var reading = reader.Read(q, entities);
        return reading.Found ? ReadingComposer.Compose(q, reading) : null;
    }
}
