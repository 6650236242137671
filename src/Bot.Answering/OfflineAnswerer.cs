using Bot.Answering.Agreements;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Figures;
using Bot.Answering.Lexicon;
using Bot.Answering.Evidence;
using Bot.Answering.Passages;
using Bot.Answering.Reading;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Conversations;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace Bot.Answering;

/// <summary>
/// The embedded default: answers from stored facts alone, with citations. Figures first, then agreements, then the
/// evidence reader, which leads with the thing asked for and quotes the sentence that states it; when no evidence
/// holds the question's constraints and a candidate answer, a refusal with what the sources do say. User text is only ever data.
/// </summary>
public sealed class OfflineAnswerer
{
    readonly EntityCatalog _entities;
    readonly AnsweringOptions _options;
    readonly RecentAnalyses _analyzer;
    readonly FigureAnswerer _figures;
    readonly AgreementAnswerer _agreements;
    readonly AgreementTextAnswerer _ownText;
    readonly RatificationAnswerer _acts;
    readonly ReadingAnswerer _reading;
    readonly ConversationMemories _memories;
    readonly CompoundQuestion _compound = new(DomainLexicon.Default, AnswerTypeCues.Default);

    public OfflineAnswerer(
        EntityCatalog entities, FigureReader figures, AgreementReader agreements, EventReader events, PassageSearch passages, ConversationMemoryStore memories,
        IOptions<AnsweringOptions> options, TimeProvider clock)
    {
        _memories = new ConversationMemories(memories);
        _entities = entities;
        _options = options.Value;
        _analyzer = new RecentAnalyses(new QuestionAnalyzer(DomainLexicon.Default, clock), clock);
        _figures = new FigureAnswerer(figures);
        _agreements = new AgreementAnswerer(agreements, new PersonScope(passages));
        _ownText = new AgreementTextAnswerer(agreements, events);
        _acts = new RatificationAnswerer(agreements, events);
        _reading = new ReadingAnswerer(EvidenceReader.Over(passages));
    }

    public Answer Answer(string text, string lang, ConversationState? conversation = null)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return AnswerFactory.Refused(lang, "empty_question");
        if (trimmed.Length > _options.MaxQuestionChars) return AnswerFactory.Refused(lang, "too_long", trimmed.Length, _options.MaxQuestionChars);
        var entities = _entities.Index();
        var parts = _compound.Split(trimmed);
        if (parts.Count == 1) return AnswerOne(trimmed, lang, conversation, entities, continues: false);
        // "…, and what was the main product?": each later part is about what the first asked (the same exports, the same year).
        var chat = conversation ?? new ConversationState();
        var answers = parts.Select((part, i) => AnswerOne(part, lang, chat, entities, continues: i > 0)).ToList();
        return AnswerJoiner.Join(answers, parts, lang);
    }

    Answer AnswerOne(string text, string lang, ConversationState? conversation, EntityIndex entities, bool continues)
    {
        var memory = conversation is null ? null : _memories.Load(conversation);
        var previous = conversation?.Previous ?? Restore(memory, entities);
        var analyzed = PointedAt(_analyzer.Analyze(text, lang, entities), previous, memory, entities);
        var q = FollowUpCarryOver.Apply(continues ? analyzed with { IsFollowUp = true } : analyzed, previous, memory);
        // "…, and who is the ambassador?" keeps the first half's subject as context, not its figure: it asks for no number.
        if (continues && analyzed.Metric is null && !analyzed.AnswerTypes.Any(AnswerTypes.IsNumber)) q = q with { Metric = null, Metrics = [] };
        var answer = Picked(q, memory) ?? Route(q, entities);
        if (answer.Kind == AnswerKind.NotFound && SignatoriesOf(q, memory) is { } parties) answer = parties;
        answer = YesNoLead.Apply(answer, q, id => _agreements.Find(id)?.Signed is not null);
        if (conversation is not null)
        {
            conversation.Previous = q;
            _memories.Remember(conversation, q, answer);
        }
        return answer;
    }

    /// <summary>
    /// "Who is the mayor of that city?" after an answer that named a city asks of that city, as if the question named it (and
    /// nothing else of the last question: Plovdiv, the twinning); "How many of that plant's reactors…" after an answer naming
    /// no plant asks of the plant the last question was about, as any follow-up does.
    /// </summary>
    Question PointedAt(Question analyzed, Question? previous, ConversationMemory? memory, EntityIndex entities)
    {
        if (previous is null || AnswerPointer.In(analyzed.Text, DomainLexicon.Default) is not { } pointer) return analyzed;
        var kind = pointer.Kind.ToString();
        if (memory?.Named.FirstOrDefault(n => n.Kind == kind) is not { } named) return analyzed with { IsFollowUp = true };
        return _analyzer.Analyze(pointer.Naming(analyzed.Text, named.Name), analyzed.Lang, entities) with
        {
            IsFollowUp = false, PreferredDocuments = memory.Documents.ToHashSet(),
        };
    }

    /// <summary>Forgets what a keyed conversation remembers (/new).</summary>
    public void Forget(string conversationKey) => _memories.Forget(conversationKey);

    /// <summary>After a restart: the remembered subject read again, with the slots its follow-ups had set.</summary>
    Question? Restore(ConversationMemory? memory, EntityIndex entities)
    {
        if (memory is null) return null;
        // The subject is most often the question the turn before analysed.
        var q = _analyzer.Remembered(memory.Subject, memory.Lang, entities);
        var periods = ConversationMemories.Periods(memory);
        return q with
        {
            Metric = memory.Metrics.Count > 0 ? memory.Metrics[0] : q.Metric,
            Metrics = memory.Metrics.Count > 0 ? memory.Metrics : q.Metrics,
            Periods = periods.Count > 0 ? periods : q.Periods,
        };
    }

    /// <summary>"The second one?": the item of the last list it picks.</summary>
    Answer? Picked(Question q, ConversationMemory? memory)
    {
        if (q.ListPosition is not { } position || memory is not { Agreements.Count: > 0 } m) return null;
        var index = position < 0 ? m.Agreements.Count + position : position - 1;
        if (index < 0 || index >= m.Agreements.Count || _agreements.Find(m.Agreements[index]) is not { } picked) return null;
        return AgreementAnswerer.One(picked, q);
    }

    /// <summary>"Who signed it?" about an agreement no sentence names the signatories of: its parties, as the record has them.</summary>
    Answer? SignatoriesOf(Question q, ConversationMemory? memory) =>
        q.PointsBack && q.Wants(AnswerType.Person) && memory?.Agreement is { } id && _agreements.Find(id) is { } a && a.Parties.Count > 0
            ? AgreementAnswerer.One(a, q) : null;

    // The records an answer shows, read from the store once for all of them rather than once each (a listing shows dozens).
    List<Knowledge.Model.Agreement> Shown(Answer listed) => _agreements.FindAll(listed.Focus.Agreements);

    Answer Route(Question q, Knowledge.Entities.EntityIndex entities)
    {
        if (q.Units.Count == 0 && q.Metric is null && !q.AboutAgreements) return AnswerFactory.NotFound(q);
        if (FigureAnswerer.Wants(q))
        {
            // A figure the extractor did not store may still be stated in a sentence: read it there before saying "not found".
            var figure = _figures.Answer(q, all => _reading.Standing(q, all, entities));
            return figure.Kind != AnswerKind.NotFound ? figure : _reading.TryAnswer(q, entities) ?? figure;
        }
        // "What is the memorandum worth?": an amount a sentence states for it, else "no source states its value".
        if (q.Has("cost") && (q.AboutAgreements || q.Entities.Count > 0)) return _reading.TryAnswer(q, entities) ?? _agreements.AnswerCost(q, entities);
        // "How many transport agreements": the stored agreements of that topic are counted. "How many documents were signed
        // during the visit": no record ties agreements to a visit, but the report states the number.
        // "Каким по счёту побратимом стал Актау": a place in an order is read where a sentence states it, as a number is.
        // "How many transport agreements" counts records; "how many diplomats a year under the memorandum" asks a number a text states.
        if (q.AnswerTypes.Any(t => t.IsNumber() || t == AnswerType.Ordinal) && !(q.AboutAgreements && q.Domain is not null && QuestionConditions.Default.CountsDocuments(q)))
        {
            // "How many documents were signed in November 2015": with no sentence stating the number, the records of that
            // time are counted (a time no record ties to a visit is still a time every record has).
            if (q.AboutAgreements && q.Wants(AnswerType.Count) && (q.Periods.Count > 0 || q.Date is not null))
                return _reading.TryAnswer(q, entities) is { } stated ? stated
                    : _agreements.Answer(q, entities) is { Kind: not AnswerKind.NotFound } counted ? counted : _reading.Answer(q, entities);
            return _reading.Answer(q, entities);
        }
        if (AgreementAnswerer.Wants(q))
        {
            // "Who signed it?", "When did it enter into force?": a list of agreements names no signatory and no ratification;
            // the sentence that states it does.
            if (_ownText.InForce(q, entities) is { } inForce) return inForce;
            // "Какое соглашение ратифицировал Закон № 301-VI?": the agreement the act of that number is stored with.
            if (_acts.OfAct(q) is { } ofAct) return ofAct;
            // "Which law ratified it?", "Каким документом … утвердила …?": the act a note or a report names with its number.
            if (_acts.Answer(q, entities) is { } act) return act;
            // "When did the National Assembly ratify it?": the date of the side's act, as the act's own sentence gives it.
            if (_acts.Dated(q, entities) is { } ratified) return ratified;
            if (q.AsksAfterSigning && _reading.TryAnswerOrOtherSteps(q, entities) is { } stated) return stated;
            // "When will the air services agreement be signed?", "Кога ще бъде подписано…": a signing still ahead is told in the
            // plan's own words ("подписать его предстоит после завершения внутригосударственных процедур"), never by the record
            // of a document already signed nor by the day of the report: the sentences that tell the plan are the answer, a day
            // it states with them.
            // With no day in them, the answer first says that no source gives one.
            if (Knowledge.Extraction.AgreementVocabulary.AsksPlannedSigning(q.Text) && _reading.Planned(q, entities) is { } planned)
                return planned;
            // "Have the ministers signed the memorandum?": a text saying it is still a draft, or not yet signed, answers "not yet".
            // "Which agreement was left unsigned this time?": the sentence telling which one, not the records of those signed.
            if (WhetherSigned.AsksWhichUnsigned(q) is var which && (which || WhetherSigned.Asks(q)) && _reading.ToldUnsigned(q, entities, alone: which) is { } told)
                return told;
            // "Who signed it for Bulgaria?" of an agreement whose own text names its signers, a column a side.
            if (_ownText.Answer(q, entities) is { } signers) return signers;
            if (q.Wants(AnswerType.Person) && _reading.TryAnswer(q, entities) is { } named) return named;
            // "What does the memorandum provide for?": its record shows what was signed; the list its text opens shows what it provides.
            if (ProvisionList.Asked(q) && !q.AnswerTypes.Any(SpanFinder.Spans) && _reading.TryAnswer(q, entities) is { } provisions) return provisions;
            var listed = _agreements.Answer(q, entities);
            // "When was the memorandum on maritime transport signed?" of records that hold none of its topic (kept because the
            // question's loose words cannot tell a title in another language apart): a text saying that very signing was put
            // off, is only planned or was denied answers it, not another agreement's card.
            if (listed.Kind != AnswerKind.NotFound && WhetherSigned.AsksWhen(q) && _reading.TryAnswer(q with { AnswerTypes = [] }, entities) is { } unsigned
                && WhetherSigned.FirstToldUnsigned(unsigned, out var toldUnsigned) is var toldOn && toldUnsigned
                && Shown(listed).TrueForAll(a => WhetherSigned.OtherThanTold(_agreements.TopicHeld(q, a, entities), a, toldOn)))
                return unsigned;
            // "What centre did the agreement create?": the record says which agreement, the sentence about it what it does.
            if (listed.Kind != AnswerKind.NotFound && !q.AnswerTypes.Any(SpanFinder.Spans) && BeyondTheCard.Asks(q, Shown(listed))
                && _reading.TryAnswer(q, entities) is { } described) return described;
            // "Who signed the twinning memorandum": its record names parties, not signatories; no sentence names them either.
            if (listed.Kind != AnswerKind.NotFound && q.AsksSigner && !q.PointsBack && !q.Wants(AnswerType.List)) return AgreementAnswerer.Unknown(listed, q, "signers_unknown");
            // "Where was the protocol signed?" of records that know no place: a sentence may still say where; else say that none
            // does, above the records — a card alone would read as the answer.
            if (listed.Kind != AnswerKind.NotFound && q.Wants(AnswerType.Place) && !q.Wants(AnswerType.List) && Shown(listed).TrueForAll(a => a.Place is null))
                return _reading.TryAnswer(q, entities) ?? AgreementAnswerer.Unknown(listed, q, "place_unknown");
            if (listed.Kind != AnswerKind.NotFound) return q.AsksAfterSigning && !q.Wants(AnswerType.List) ? AgreementAnswerer.AfterSigningUnknown(listed, q) : listed;
            return q.AnswerTypes.Any(SpanFinder.Spans) ? _reading.Answer(q, entities) : _reading.TryAnswer(q, entities) ?? listed;
        }
        return _reading.Answer(q, entities);
    }
}
