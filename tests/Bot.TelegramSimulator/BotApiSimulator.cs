using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Methods;
using Bot.TelegramSimulator.State;
using Bot.TelegramSimulator.Updates;
using Bot.TelegramSimulator.Webhooks;

namespace Bot.TelegramSimulator;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 for tests and benchmarks: point the bot at <see cref="BaseUrl"/> as at a
/// self-hosted Bot API server, inject what users do, read back what the bot sent. Thread-safe. Its state outlives
/// <see cref="StopAsync"/>, so pending updates survive a simulated outage or a restart of the bot process.
/// This file: lifetime and settings; the other parts: what users do, and what the bot did.
/// </summary>
public sealed partial class BotApiSimulator : IAsyncDisposable
{
    private readonly SimulatorState _state;
    private readonly UpdateInjector _injector;
    private readonly SemaphoreSlim _hostGate = new(1, 1);
    private SimulatorHost? _host;
    private WebhookDeliverer? _deliverer;
    private int _port;

    private BotApiSimulator(BotApiSimulatorOptions options)
    {
        _state = new SimulatorState(options);
        _injector = new UpdateInjector(_state);
        _port = options.Port;
    }

    /// <summary>"http://127.0.0.1:{port}": pass it as TelegramBotClientOptions' baseUrl.</summary>
    public string BaseUrl => $"http://127.0.0.1:{_port}";

    public string Token => _state.Options.Token;
    public long BotId => _state.Bot.Id;
    public string BotUsername => _state.Bot.Username;
    public bool IsRunning => _host is not null;
    public SimulatorFaults Faults => _state.Faults;

    /// <summary>Updates not yet confirmed by a getUpdates offset nor taken by the webhook.</summary>
    public int PendingUpdateCount => _state.Updates.PendingCount;

    /// <summary>The URL setWebhook set, null while the bot polls.</summary>
    public string? WebhookUrl => _state.Webhook.Url;

    /// <summary>The secret_token setWebhook set, sent with every delivery as X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? WebhookSecretToken => _state.Webhook.Target?.SecretToken;

    public static async Task<BotApiSimulator> StartAsync(BotApiSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var simulator = new BotApiSimulator(options ?? new BotApiSimulatorOptions());
        await simulator.RestartAsync(cancellationToken);
        return simulator;
    }

    /// <summary>Stops serving (the bot sees connection errors, the webhook gets nothing) and keeps all state.</summary>
    public async Task StopAsync()
    {
        await _hostGate.WaitAsync();
        try
        {
            if (_deliverer is not null)
            {
                await _deliverer.DisposeAsync();
                _deliverer = null;
            }

            if (_host is not null)
            {
                await _host.DisposeAsync();
                _host = null;
            }
        }
        finally
        {
            _hostGate.Release();
        }
    }

    /// <summary>Serves again, on the same port, with everything it had.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await _hostGate.WaitAsync(cancellationToken);
        try
        {
            var methods = MethodTable.Create(_state);
            _host ??= await SimulatorHost.StartAsync(_port, stopping => new RequestDispatcher(_state, methods, stopping).HandleAsync, cancellationToken);
            _port = _host.Port;
            _deliverer ??= WebhookDeliverer.Start(_state);
        }
        finally
        {
            _hostGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _hostGate.Dispose();
    }
}
