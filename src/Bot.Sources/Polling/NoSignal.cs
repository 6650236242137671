namespace Bot.Sources.Polling;

/// <summary>For the CLI: no delivery worker runs in this process; the bot's worker finds the outbox rows on its next check.</summary>
internal sealed class NoSignal : INewAgreementsSignal
{
    public void NewAgreementsStored(IReadOnlyList<long> agreementIds) { }
}
