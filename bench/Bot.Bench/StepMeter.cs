using System.Diagnostics;

namespace Bot.Bench;

/// <summary>
/// Wall time, the thread's CPU time (<see cref="ThreadClock"/>) and bytes allocated, summed per pipeline step. The
/// thread's allocations are exact and the same on a busy machine as on a quiet one, so they show what a change saved
/// even when the neighbours make wall time noisy.
/// </summary>
internal sealed class StepMeter
{
    readonly Dictionary<string, (long Wall, long Cpu, long Bytes)> _steps = new(StringComparer.Ordinal);
    long _wall, _cpu, _bytes;

    public void Start()
    {
        _wall = Stopwatch.GetTimestamp();
        _cpu = ThreadClock.Now();
        _bytes = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Charges the time since the last mark to <paramref name="step"/> and starts the next step.</summary>
    public void Mark(string step)
    {
        var (wall, cpu, bytes) = (Stopwatch.GetTimestamp(), ThreadClock.Now(), GC.GetAllocatedBytesForCurrentThread());
        var sum = _steps.GetValueOrDefault(step);
        _steps[step] = (sum.Wall + wall - _wall, sum.Cpu + cpu - _cpu, sum.Bytes + bytes - _bytes);
        (_wall, _cpu, _bytes) = (wall, cpu, bytes);
    }

    public StepCost this[string step] => _steps.TryGetValue(step, out var s)
        ? new StepCost(Seconds(s.Wall), Seconds(s.Cpu), s.Bytes / (1024.0 * 1024.0))
        : new StepCost(0, 0, 0);

    static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}

/// <summary>One step's wall seconds, CPU seconds of the ingesting thread, and MB it allocated.</summary>
internal readonly record struct StepCost(double WallSeconds, double CpuSeconds, double AllocatedMb);
