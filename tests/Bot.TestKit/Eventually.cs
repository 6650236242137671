namespace Bot.TestKit;

/// <summary>Waits for a condition with a deadline: how a test waits for something to happen, never a fixed sleep.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what = "condition", TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var deadline = DateTimeOffset.UtcNow + limit;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"{what} not met within {limit.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }
}
