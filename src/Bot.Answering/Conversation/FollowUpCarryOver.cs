using Bot.Answering.Understanding;

namespace Bot.Answering.Conversation;

/// <summary>
/// Rule-based follow-ups: "and in 2023?" or "and what was the figure for 2024?" keep the previous question's
/// subject (metric, agreement filters, entities) and take the new period.
/// </summary>
public static class FollowUpCarryOver
{
    public static Question Apply(Question current, Question? previous)
    {
        if (previous is null) return current;
        var lacksSubject = current.Metric is null && !current.AboutAgreements && current.Entities.Count == 0;
        if (!current.IsFollowUp && !(lacksSubject && (current.Periods.Count > 0 || current.Date is not null))) return current;
        if (!lacksSubject) return current;
        return current with
        {
            Metric = previous.Metric,
            AboutAgreements = previous.AboutAgreements,
            AgreementKind = previous.AgreementKind,
            Domain = previous.Domain,
            Entities = previous.Entities,
            Units = current.Periods.Count > 0 || current.Date is not null ? previous.Units.Concat(current.Units.Where(u => u.Label.All(char.IsDigit))).ToList() : previous.Units.Concat(current.Units).ToList(),
            Periods = current.Periods.Count > 0 ? current.Periods : previous.Periods,
            Cues = current.Cues.Count > 0 ? current.Cues : previous.Cues,
        };
    }
}
