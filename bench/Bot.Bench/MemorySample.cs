using System.Diagnostics;
using System.Globalization;

namespace Bot.Bench;

/// <summary>
/// Process memory at one point of the run (MB): peak and current working set, managed heap (live objects and garbage
/// not yet collected), memory the GC has committed, SQLite's own allocations; and, where the system tells (Linux), what
/// the working set is made of: anonymous memory (the GC's heap, native allocations, thread stacks), mapped files (the
/// runtime's and the program's code and data) and shared memory (the JIT's code, which the runtime maps twice).
/// </summary>
internal sealed record MemorySample(double PeakWorkingSetMb, double WorkingSetMb, double ManagedHeapMb, double GcCommittedMb, double SqliteMb, double SqlitePeakMb)
{
    const double Mb = 1024 * 1024;

    /// <summary>Resident anonymous memory: GC heap, native heap, stacks. 0 where unknown.</summary>
    public double AnonymousMb { get; init; }

    /// <summary>Resident pages of mapped files: assemblies, native libraries. 0 where unknown.</summary>
    public double FileMb { get; init; }

    /// <summary>Resident shared memory: the JIT's code (mapped writable and executable apart). 0 where unknown.</summary>
    public double SharedMb { get; init; }

    public static MemorySample Take()
    {
        using var process = Process.GetCurrentProcess();
        var (anonymous, file, shared) = Resident();
        return new MemorySample(process.PeakWorkingSet64 / Mb, process.WorkingSet64 / Mb, GC.GetTotalMemory(forceFullCollection: false) / Mb,
            GC.GetGCMemoryInfo().TotalCommittedBytes / Mb, SQLitePCL.raw.sqlite3_memory_used() / Mb, SQLitePCL.raw.sqlite3_memory_highwater(0) / Mb)
        { AnonymousMb = anonymous, FileMb = file, SharedMb = shared };
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

    // The working set's parts, from /proc/self/status (kB): RssAnon + RssFile + RssShmem = VmRSS.
    static (double Anonymous, double File, double Shared) Resident()
    {
        try
        {
            if (!OperatingSystem.IsLinux()) return (0, 0, 0);
            var kb = File.ReadLines("/proc/self/status").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].StartsWith("Rss", StringComparison.Ordinal))
                .ToDictionary(p => p[0], p => double.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture), StringComparer.Ordinal);
            return (kb.GetValueOrDefault("RssAnon") / 1024, kb.GetValueOrDefault("RssFile") / 1024, kb.GetValueOrDefault("RssShmem") / 1024);
        }
        catch (IOException) { return (0, 0, 0); }
        catch (UnauthorizedAccessException) { return (0, 0, 0); }
    }
}
