namespace Bot.Sources.Monitoring;

/// <summary>
/// Tells the bot's administrators about a source that keeps failing, and when it works again. Implemented by the host
/// (Telegram sends it to Telegram:AdminIds), so the monitor does not depend on any chat platform.
/// </summary>
public interface IAdminNotifier
{
    Task NotifyAsync(SourceNotice notice, CancellationToken ct);
}
