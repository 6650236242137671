using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.Updates;

namespace Bot.TelegramSimulator.State;

/// <summary>Everything the simulator remembers; it outlives the HTTP server, so a stop and restart loses nothing.</summary>
internal sealed class SimulatorState(BotApiSimulatorOptions options)
{
    public BotApiSimulatorOptions Options { get; } = options;
    public BotIdentity Bot { get; } = BotIdentity.FromOptions(options);
    public TimeProvider Clock => Options.TimeProvider;
    public SimulatorFaults Faults { get; } = new();
    public ChatDirectory Chats { get; } = new();
    public MemberDirectory Members { get; } = new();
    public MessageStore Messages { get; } = new();
    public FileStore Files { get; } = new();
    public UpdateQueue Updates { get; } = new();
    public WebhookState Webhook { get; } = new();
    public CallbackRegistry Callbacks { get; } = new();
    public CommandRegistry Commands { get; } = new();
    public SimulatorJournal Journal { get; } = new();
    public CallCounter Calls { get; } = new();

    public long UnixNow => Clock.GetUtcNow().ToUnixTimeSeconds();
}
