namespace Bot.TelegramSimulator.State;

/// <summary>
/// The webhook, if one is set: while it is, updates are pushed to it and getUpdates answers 409 Conflict. Also the
/// last failed delivery, which getWebhookInfo reports.
/// </summary>
internal sealed class WebhookState
{
    private readonly Lock _lock = new();
    private WebhookTarget? _target;
    private string[] _allowedUpdates = [];
    private (DateTimeOffset At, string Message)? _lastError;

    public string? Url => Target?.Url;

    public WebhookTarget? Target
    {
        get { lock (_lock) return _target; }
    }

    public IReadOnlyList<string> AllowedUpdates
    {
        get { lock (_lock) return _allowedUpdates; }
    }

    public (DateTimeOffset At, string Message)? LastError
    {
        get { lock (_lock) return _lastError; }
    }

    public void Set(string? url, string? secretToken, IReadOnlyCollection<string> allowedUpdates)
    {
        lock (_lock)
        {
            _target = string.IsNullOrEmpty(url) ? null : new WebhookTarget(url, string.IsNullOrEmpty(secretToken) ? null : secretToken);
            _allowedUpdates = [.. allowedUpdates];
            _lastError = null;
        }
    }

    public void RecordError(DateTimeOffset at, string message)
    {
        lock (_lock) _lastError = (at, message);
    }
}
