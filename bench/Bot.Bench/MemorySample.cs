using System.Diagnostics;

namespace Bot.Bench;

/// <summary>
/// Process memory at one point of the run (MB): peak and current working set, managed heap (live objects and garbage
/// not yet collected), memory the GC has committed, SQLite's own allocations.
/// </summary>
internal sealed record MemorySample(double PeakWorkingSetMb, double WorkingSetMb, double ManagedHeapMb, double GcCommittedMb, double SqliteMb, double SqlitePeakMb)
{
    const double Mb = 1024 * 1024;

    public static MemorySample Take()
    {
        using var process = Process.GetCurrentProcess();
        return new MemorySample(process.PeakWorkingSet64 / Mb, process.WorkingSet64 / Mb, GC.GetTotalMemory(forceFullCollection: false) / Mb,
            GC.GetGCMemoryInfo().TotalCommittedBytes / Mb, SQLitePCL.raw.sqlite3_memory_used() / Mb, SQLitePCL.raw.sqlite3_memory_highwater(0) / Mb);
    }

    /// <summary>
    /// Starts the peak working set over from the current one (Linux: 5 to /proc/self/clear_refs), so a phase's peak is
    /// its own and not the one of the phase before it. False where that cannot be done: peaks then stay cumulative.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            if (!OperatingSystem.IsLinux()) return false;
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
