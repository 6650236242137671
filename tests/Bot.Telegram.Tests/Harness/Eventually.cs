namespace Bot.Telegram.Tests.Harness;

/// <summary>For state the bot writes after Telegram has seen the message (outbox rows, chat flags).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what = "condition")
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"{what} not met within 15 s");
            await Task.Delay(50);
        }
    }
}
