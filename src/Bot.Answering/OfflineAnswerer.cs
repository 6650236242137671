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
    readonly QuestionAnalyzer _analyzer;
    readonly FigureAnswerer _figures;
    readonly AgreementAnswerer _agreements;
    readonly ReadingAnswerer _reading;

    public OfflineAnswerer(
        EntityCatalog entities, FigureReader figures, AgreementReader agreements, PassageSearch passages, IOptions<AnsweringOptions> options, TimeProvider clock)
    {
        _entities = entities;
        _options = options.Value;
        _analyzer = new QuestionAnalyzer(DomainLexicon.Default, clock);
        _figures = new FigureAnswerer(figures);
        _agreements = new AgreementAnswerer(agreements);
        var words = new WordKeys();
        _reading = new ReadingAnswerer(new EvidenceReader(passages, new EvidenceFinder(passages, words), new SpanFinder(DomainLexicon.Default, words), words, new MetricCheck(MetricCatalog.Default)));
    }

    public Answer Answer(string text, string lang, ConversationState? conversation = null)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return AnswerFactory.Refused(lang, "empty_question");
        if (trimmed.Length > _options.MaxQuestionChars) return AnswerFactory.Refused(lang, "too_long", trimmed.Length, _options.MaxQuestionChars);
        var entities = _entities.Index();
        var q = FollowUpCarryOver.Apply(_analyzer.Analyze(trimmed, lang, entities), conversation?.Previous);
        var answer = Route(q, entities);
        if (conversation is not null) conversation.Previous = q;
        return answer;
    }

    Answer Route(Question q, Knowledge.Entities.EntityIndex entities)
    {
        if (q.Units.Count == 0 && q.Metric is null && !q.AboutAgreements) return AnswerFactory.NotFound(q);
        if (FigureAnswerer.Wants(q))
        {
            // A figure the extractor did not store may still be stated in a sentence: read it there before saying "not found".
            var figure = _figures.Answer(q);
            return figure.Kind != AnswerKind.NotFound ? figure : _reading.TryAnswer(q, entities) ?? figure;
        }
        // "What is the memorandum worth?": an amount a sentence states for it, else "no source states its value".
        if (q.Has("cost") && (q.AboutAgreements || q.Entities.Count > 0)) return _reading.TryAnswer(q, entities) ?? _agreements.AnswerCost(q, entities);
        // "How many transport agreements": the stored agreements of that topic are counted. "How many documents were signed
        // during the visit": no record ties agreements to a visit, but the report states the number.
        if (q.AnswerTypes.Any(ReadsNumbers) && !(q.AboutAgreements && q.Domain is not null)) return _reading.Answer(q, entities);
        if (AgreementAnswerer.Wants(q))
        {
            var listed = _agreements.Answer(q, entities);
            if (listed.Kind != AnswerKind.NotFound) return listed;
            return q.AnswerTypes.Any(SpanFinder.Spans) ? _reading.Answer(q, entities) : _reading.TryAnswer(q, entities) ?? listed;
        }
        return _reading.Answer(q, entities);
    }

    static bool ReadsNumbers(AnswerType t) => t is AnswerType.Count or AnswerType.Amount or AnswerType.Percent or AnswerType.Factor;
}
