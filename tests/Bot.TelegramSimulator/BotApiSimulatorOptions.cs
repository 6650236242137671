namespace Bot.TelegramSimulator;

/// <summary>How the simulated bot is called and which clock dates its messages.</summary>
public sealed class BotApiSimulatorOptions
{
    /// <summary>The one token accepted; any other gets 401. Must look like "digits:secret" for Telegram.Bot.</summary>
    public string Token { get; init; } = "7000000001:AAHsimulatedTokenForTestsOnly_0000000";

    public string BotUsername { get; init; } = "kzbg_test_bot";

    public string BotFirstName { get; init; } = "KZBG Test Bot";

    /// <summary>Dates messages and times flood limits; long-poll waits and slow replies use real time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long a failed webhook delivery waits before the same update is POSTed again.</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the webhook may take to answer before the delivery counts as failed.</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>0 picks a free port; a restart reuses whatever port the first start got.</summary>
    public int Port { get; init; }
}
