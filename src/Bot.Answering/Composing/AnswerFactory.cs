using Bot.Answering.Localization;
using Bot.Answering.Understanding;

namespace Bot.Answering.Composing;

/// <summary>Builds the answers that carry no facts: refusals and "not found".</summary>
public static class AnswerFactory
{
    public static Answer Refused(string lang, string key, params object[] args) =>
        new(Texts.Get(lang, key, args), lang, Answer.Offline, [], AnswerKind.Refused);

    public static Answer NotFound(Question q, string? extra = null) =>
        new(extra is null ? Texts.Get(q.Lang, "not_found") : Texts.Get(q.Lang, "not_found") + "\n" + extra, q.Lang, Answer.Offline, [], AnswerKind.NotFound, q);
}
