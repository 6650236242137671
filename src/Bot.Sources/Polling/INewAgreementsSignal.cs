namespace Bot.Sources.Polling;

/// <summary>
/// Told as soon as an article brought agreements the store did not know. Their alerts are already in the outbox (the
/// store writes them in the saving transaction); this only lets an in-process delivery worker start at once.
/// </summary>
public interface INewAgreementsSignal
{
    void NewAgreementsStored(IReadOnlyList<long> agreementIds);
}
