using Bot.Telegram.Limits;
using Bot.TestKit;

namespace Bot.Telegram.Tests.Units;

/// <summary>One user asking too fast is held back; others are not; the same user may ask again once the window has passed.</summary>
public sealed class FloodLimiterTests
{
    [Fact]
    public void A_user_gets_the_quota_of_the_window_and_no_more()
    {
        using var flood = new FloodLimiter(permits: 3, TimeSpan.FromMinutes(1));

        Enumerable.Range(0, 3).Select(_ => flood.TryAcquire(7)).ShouldAllBe(allowed => allowed);
        flood.TryAcquire(7).ShouldBeFalse();
    }

    [Fact]
    public void One_users_flood_does_not_hold_back_another()
    {
        using var flood = new FloodLimiter(permits: 2, TimeSpan.FromMinutes(1));
        flood.TryAcquire(7);
        flood.TryAcquire(7);

        flood.TryAcquire(7).ShouldBeFalse();
        flood.TryAcquire(8).ShouldBeTrue();
    }

    [Fact]
    public async Task A_held_back_user_may_ask_again_once_the_window_has_passed()
    {
        using var flood = new FloodLimiter(permits: 1, TimeSpan.FromMilliseconds(600));
        flood.TryAcquire(7).ShouldBeTrue();
        flood.TryAcquire(7).ShouldBeFalse();

        await Eventually.TrueAsync(() => flood.TryAcquire(7), "a permit after the window");
    }
}
