using Bot.Sources.Polling;
using Bot.Telegram.Alerts;

namespace Bot.Hosting;

/// <summary>A poll that stored new agreements wakes alert delivery at once rather than at its next idle check.</summary>
public sealed class AlertWakeUp(AlertSignal signal) : INewAgreementsSignal
{
    public void NewAgreementsStored(IReadOnlyList<long> agreementIds) => signal.Notify();
}
