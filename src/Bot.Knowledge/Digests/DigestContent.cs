namespace Bot.Knowledge.Digests;

/// <summary>What one digest holds: the agreements held for the chat up to the period's end, and the figures read in the period.</summary>
public sealed record DigestContent(IReadOnlyList<long> AgreementIds, IReadOnlyList<long> FigureIds)
{
    public bool IsEmpty => AgreementIds.Count == 0 && FigureIds.Count == 0;
}
