using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Bot.Bench;

/// <summary>
/// CPU time the calling thread has used, in <see cref="Stopwatch"/> ticks. On a machine other processes share, wall
/// time per step measures the neighbours as much as the code; the thread's own CPU time (including the gen0/gen1
/// collections it runs for its allocations) does not. Linux only; elsewhere it falls back to the wall clock.
/// </summary>
internal static partial class ThreadClock
{
    const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && Probe();

    static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTime, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    public static long Now()
    {
        if (!IsCpuTime) return Stopwatch.GetTimestamp();
        ClockGetTime(ClockThreadCpuTime, out var t);
        return (long)((t.Seconds * 1_000_000_000.0 + t.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000.0);
    }
}
