namespace Bot.Answering.Reading;

/// <summary>The order of the candidates: by score, except that a near one tied to more of the question leads.</summary>
public static class FocusRanking
{
    /// <summary>How near the best score another candidate must come to contend with it (and to be shown beside it).</summary>
    public const double Contending = 0.75;

    /// <summary>
    /// Best first. Among the candidates within <see cref="Contending"/> of the best score, the one tied to more of what the
    /// question names leads ("which vice-president did Tokayev receive": the sentence naming Tokayev, not a deputy
    /// minister's reception that names him nowhere).
    /// </summary>
    public static List<Candidate> Ranked(IEnumerable<Candidate> answers)
    {
        var ranked = answers.OrderByDescending(a => a.Score).ToList();
        if (ranked.Count < 2) return ranked;
        var lead = ranked.TakeWhile(a => a.Score >= ranked[0].Score * Contending).MaxBy(a => a.Focus.Weight)!;
        if (lead.Focus.Weight == ranked[0].Focus.Weight) return ranked;
        ranked.Remove(lead);
        ranked.Insert(0, lead);
        return ranked;
    }
}
