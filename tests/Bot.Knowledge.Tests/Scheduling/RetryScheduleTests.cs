using Bot.Knowledge.Scheduling;

namespace Bot.Knowledge.Tests.Scheduling;

/// <summary>A written-down retry comes later after each failure, but never later than the cap nor sooner than the first delay.</summary>
public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(8, 256)]
    [InlineData(10, 600)]
    [InlineData(1000, 600)]
    public void Each_failure_doubles_the_wait_up_to_the_cap(int failures, double seconds)
    {
        RetrySchedule.After(failures, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10)).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void A_cap_below_the_first_delay_never_makes_it_sooner()
    {
        RetrySchedule.After(5, TimeSpan.FromHours(1), TimeSpan.FromMinutes(10)).ShouldBe(TimeSpan.FromHours(1));
    }
}
