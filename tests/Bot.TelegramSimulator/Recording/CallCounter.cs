using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Recording;

/// <summary>Calls per method (failed ones included) and error replies per error code.</summary>
internal sealed class CallCounter
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _calls = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, int> _errors = [];

    public ChangeSignal Changed { get; } = new();

    public void CountCall(string method)
    {
        lock (_lock) _calls[method] = _calls.GetValueOrDefault(method) + 1;
        Changed.Pulse();
    }

    public void CountError(int errorCode)
    {
        lock (_lock) _errors[errorCode] = _errors.GetValueOrDefault(errorCode) + 1;
    }

    public int Calls(string method)
    {
        lock (_lock) return _calls.GetValueOrDefault(method);
    }

    public int Errors(int errorCode)
    {
        lock (_lock) return _errors.GetValueOrDefault(errorCode);
    }

    public IReadOnlyDictionary<string, int> CallsSnapshot()
    {
        lock (_lock) return new Dictionary<string, int>(_calls, StringComparer.OrdinalIgnoreCase);
    }
}
