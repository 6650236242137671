namespace Bot.Sources.Polling;

/// <summary>Adapts a host's "wake the alert worker" call (Telegram's AlertSignal.Notify) without this project knowing Telegram.</summary>
internal sealed class CallbackSignal(Action notify) : INewAgreementsSignal
{
    public void NewAgreementsStored(IReadOnlyList<long> agreementIds) => notify();
}
