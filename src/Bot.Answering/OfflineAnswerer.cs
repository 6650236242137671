using Bot.Answering.Agreements;
using Bot.Answering.Composing;
using Bot.Answering.Conversation;
using Bot.Answering.Figures;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace Bot.Answering;

/// <summary>
/// The embedded default: answers from stored facts alone, with citations. Figures first, then agreements,
/// then quoted passages; below the relevance floor, "not found". User text is only ever data.
/// </summary>
public sealed class OfflineAnswerer
{
    readonly EntityCatalog _entities;
    readonly AnsweringOptions _options;
    readonly QuestionAnalyzer _analyzer;
    readonly FigureAnswerer _figures;
    readonly AgreementAnswerer _agreements;
    readonly PassageAnswerer _passages;

    public OfflineAnswerer(
        EntityCatalog entities, FigureReader figures, AgreementReader agreements, PassageSearch passages, IOptions<AnsweringOptions> options, TimeProvider clock)
    {
        _entities = entities;
        _options = options.Value;
        _analyzer = new QuestionAnalyzer(DomainLexicon.Default, clock);
        _figures = new FigureAnswerer(figures);
        _agreements = new AgreementAnswerer(agreements);
        _passages = new PassageAnswerer(new SentenceRanker(passages));
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
        if (FigureAnswerer.Wants(q)) return _figures.Answer(q);
        if (q.Has("cost") && (q.AboutAgreements || q.Entities.Count > 0)) return _agreements.AnswerCost(q, entities);
        if (AgreementAnswerer.Wants(q))
        {
            var listed = _agreements.Answer(q, entities);
            if (listed.Kind != AnswerKind.NotFound) return listed;
            var quoted = _passages.Answer(q, entities);
            return quoted.Kind == AnswerKind.NotFound ? listed : quoted;
        }
        return _passages.Answer(q, entities);
    }
}
