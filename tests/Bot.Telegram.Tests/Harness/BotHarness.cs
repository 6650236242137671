using Bot.Hosting;
using Bot.Knowledge;
using Bot.Telegram.Hosting;
using Bot.TelegramSimulator;
using Bot.TelegramSimulator.Recording;
using Bot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Bot.Telegram.Tests.Harness;

/// <summary>
/// The real bot host (polling worker, alert worker, store on a temp file) talking to the Bot API simulator on
/// loopback, as in production it talks to Telegram. The bot can be stopped and started again on the same store.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long AdminId = 4242;

    readonly Dictionary<string, string?> _settings;
    IHost? _host;

    BotHarness(BotApiSimulator simulator, string dbPath, Dictionary<string, string?> settings, ITestOutputHelper? output)
    {
        Logs = new LogCapture(output);
        Simulator = simulator;
        DbPath = dbPath;
        _settings = settings;
    }

    public BotApiSimulator Simulator { get; }
    public string DbPath { get; }
    /// <summary>What the bot logged; also written to the test's output when the test gave it.</summary>
    public LogCapture Logs { get; }
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("the bot is not running");

    public static async Task<BotHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null, bool startBot = true, BotApiSimulatorOptions? simulator = null, ITestOutputHelper? output = null)
    {
        var sim = await BotApiSimulator.StartAsync(simulator);
        var db = await SeededDatabase.CopyAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = sim.Token,
            ["Telegram:ApiBaseUrl"] = sim.BaseUrl,
            ["Telegram:LongPollSeconds"] = "2",
            ["Telegram:AdminIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Knowledge:DbPath"] = db,
            ["Knowledge:DataPath"] = Paths.DataDir,
            ["Alerts:IdlePoll"] = "00:00:00.200",
        };
        configure?.Invoke(settings);
        var harness = new BotHarness(sim, db, settings, output);
        if (startBot) await harness.StartBotAsync();
        return harness;
    }

    public async Task StartBotAsync()
    {
        if (_host is not null) throw new InvalidOperationException("already running");
        var calls = Simulator.CallCount("getUpdates");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        _host = AppHost.BuildBot(configuration, logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        await _host.StartAsync();
        if (!_settings.ContainsKey("Telegram:Webhook:Url")) await Simulator.WaitForCallsAsync("getUpdates", calls + 1);
    }

    /// <summary>A graceful stop, as on SIGTERM.</summary>
    public async Task StopBotAsync()
    {
        if (_host is null) return;
        await _host.StopAsync();
        _host.Dispose();
        _host = null;
    }

    /// <summary>A second connection to the bot's store, as the CLI `ingest` in another process would open.</summary>
    public TestStores OpenStore() => new(DbPath, new HttpClient(), TimeProvider.System);

    /// <summary>Injects a user's message and waits for the bot's next message to that chat.</summary>
    public async Task<SentMessage> SendAsync(long chatId, string text, string lang = "en", long? userId = null, string chatType = "private")
    {
        var before = Simulator.Sent.Count(m => m.ChatId == chatId);
        Simulator.InjectMessage(chatId, userId ?? chatId, text, lang, chatType);
        var sent = await Simulator.WaitForSentAsync(m => m.ChatId == chatId, before + 1, TimeSpan.FromSeconds(60));
        return sent[^1];
    }

    /// <summary>Ingests files as the CLI would, on its own connection, and returns how many new agreements were stored.</summary>
    public async Task<int> IngestAsync(params string[] files)
    {
        using var store = OpenStore();
        var report = await store.Ingestor.IngestAsync(files, CancellationToken.None);
        return report.NewAgreementIds.Count();
    }

    /// <summary>Waits until no alert is pending or in flight (the outcome of the last send is recorded).</summary>
    public Task OutboxDrainedAsync() => Eventually.TrueAsync(() =>
    {
        using var store = OpenStore();
        return store.Outbox.Backlog() == 0;
    }, "empty outbox");

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Simulator.DisposeAsync();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(DbPath);
        if (Environment.GetEnvironmentVariable("KZBG_TEST_LOGS") is { Length: > 0 } folder)
            await File.WriteAllTextAsync(System.IO.Path.Combine(folder, $"bot-{Guid.NewGuid():N}.log"), Logs.All);
        // Whatever a test did, the token must never have reached a log line.
        Logs.All.ShouldNotContain(Simulator.Token.Split(':')[1]);
    }
}
