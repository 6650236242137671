namespace Bot.TestKit;

/// <summary>Waits for a condition with a deadline: how a test waits for something to happen, never a fixed sleep.</summary>
public static class Eventually
{
    /// <param name="state">What the failure message adds after the timeout: the last thing seen (a report, the output so far).</param>
    public static async Task TrueAsync(Func<bool> condition, string what = "condition", TimeSpan? timeout = null, Func<string>? state = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        var deadline = DateTimeOffset.UtcNow + limit;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"{what} not met within {limit.TotalSeconds:0} s" + (state is null ? "" : "; last seen:\n" + state()));
            await Task.Delay(50);
        }
    }
}
