using Telegram.Bot;

namespace Bot.TelegramSimulator.Tests;

/// <summary>A simulator and a real Telegram.Bot client pointed at it, as a bot process would be configured.</summary>
internal sealed class SimulatedBot : IAsyncDisposable
{
    private readonly HttpClient _http;

    private SimulatedBot(BotApiSimulator simulator, HttpClient http, TelegramBotClient client)
    {
        Simulator = simulator;
        _http = http;
        Client = client;
    }

    public BotApiSimulator Simulator { get; }

    public TelegramBotClient Client { get; }

    /// <summary>
    /// <paramref name="retryThreshold"/> 0 turns off Telegram.Bot's automatic 429 retry, so that tests see the error
    /// itself; pass a value to let the client retry as a production bot would.
    /// </summary>
    public static async Task<SimulatedBot> StartAsync(BotApiSimulatorOptions? options = null, int retryThreshold = 0)
    {
        var simulator = await BotApiSimulator.StartAsync(options);
        var http = new HttpClient();
        var clientOptions = new TelegramBotClientOptions(simulator.Token, simulator.BaseUrl) { RetryThreshold = retryThreshold };
        return new SimulatedBot(simulator, http, new TelegramBotClient(clientOptions, http));
    }

    /// <summary>A second client with another token, to see how the simulator treats a stranger.</summary>
    public TelegramBotClient ClientWithToken(string token) =>
        new(new TelegramBotClientOptions(token, Simulator.BaseUrl) { RetryThreshold = 0 }, _http);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        _http.Dispose();
    }
}
