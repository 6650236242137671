using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Bot.Bench;

/// <summary>
/// `--memory-trace FILE`: a thread that samples the process's memory every few milliseconds and writes one CSV line
/// per sample whose resident peak (VmHWM) rose, plus one every <see cref="Every"/>, with the phase the run was in — so
/// the moment of the peak and what stood in memory at it can be named: resident anonymous memory, mapped files and
/// shared memory (the JIT's code), the GC's heap (live and garbage), its committed memory and each generation's size
/// after the last collection, the C heap (glibc's mallinfo2), SQLite's own allocations. Off unless asked for: the
/// thread's samples cost little, but nothing the bench reports should pay for them.
/// </summary>
internal sealed partial class MemoryTrace : IDisposable
{
    static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    const double Mb = 1024 * 1024;

    readonly StreamWriter _out;
    readonly Thread _thread;
    readonly AllocationSampler _allocations;
    readonly long _started = Stopwatch.GetTimestamp();
    volatile bool _stop;
    static volatile string s_phase = "start";

    MemoryTrace(string path)
    {
        _out = new StreamWriter(path) { AutoFlush = false };
        _out.WriteLine("s,phase,rss,hwm,anon,file,shmem,gc_heap,gc_committed,gen0,gen1,gen2,loh,poh,gc_count2,malloc_arena,malloc_mmap,malloc_used,sqlite,sqlite_hw,jit_methods");
        _allocations = new AllocationSampler(() => s_phase);
        _thread = new Thread(Run) { IsBackground = true, Name = "memory-trace", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>Null (nothing traced) unless a file is given.</summary>
    public static MemoryTrace? Start(string? path) => path is null ? null : new MemoryTrace(path);

    /// <summary>What the run is doing now; the samples carry it.</summary>
    public static void Phase(string phase) => s_phase = phase;

    void Run()
    {
        double lastHwm = 0;
        var lastWritten = 0L;
        while (!_stop)
        {
            var status = Status();
            var hwm = status.GetValueOrDefault("VmHWM");
            var now = Stopwatch.GetTimestamp();
            if (hwm > lastHwm || hwm < lastHwm - 1024 || Stopwatch.GetElapsedTime(lastWritten, now) >= Every)
            {
                Write(status, now);
                lastWritten = now;
            }
            lastHwm = hwm;
            Thread.Sleep(5);
        }
    }

    void Write(Dictionary<string, double> kb, long now)
    {
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        var gens = gc.GenerationInfo;
        var m = OperatingSystem.IsLinux() ? MallInfo2() : default;
        double[] values =
        [
            kb.GetValueOrDefault("VmRSS") / 1024, kb.GetValueOrDefault("VmHWM") / 1024, kb.GetValueOrDefault("RssAnon") / 1024,
            kb.GetValueOrDefault("RssFile") / 1024, kb.GetValueOrDefault("RssShmem") / 1024,
            GC.GetTotalMemory(false) / Mb, gc.TotalCommittedBytes / Mb,
            gens[0].SizeAfterBytes / Mb, gens[1].SizeAfterBytes / Mb, gens[2].SizeAfterBytes / Mb, gens[3].SizeAfterBytes / Mb, gens[4].SizeAfterBytes / Mb,
            GC.CollectionCount(2), (double)m.Arena / Mb, (double)m.Hblkhd / Mb, (double)m.Uordblks / Mb,
            SQLitePCL.raw.sqlite3_memory_used() / Mb, SQLitePCL.raw.sqlite3_memory_highwater(0) / Mb, System.Runtime.JitInfo.GetCompiledMethodCount(),
        ];
        _out.Write(Stopwatch.GetElapsedTime(_started, now).TotalSeconds.ToString("F3", CultureInfo.InvariantCulture));
        _out.Write(',');
        _out.Write(s_phase);
        foreach (var v in values)
        {
            _out.Write(',');
            _out.Write(v.ToString("F1", CultureInfo.InvariantCulture));
        }
        _out.WriteLine();
    }

    static Dictionary<string, double> Status()
    {
        var kb = new Dictionary<string, double>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !(line.StartsWith("Rss", StringComparison.Ordinal) || line.StartsWith("Vm", StringComparison.Ordinal))) continue;
                var rest = line[(colon + 1)..].Trim().Split(' ')[0];
                if (double.TryParse(rest, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) kb[line[..colon]] = v;
            }
        }
        catch (IOException) { }
        return kb;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct MallInfo
    {
        public nuint Arena, Ordblks, Smblks, Hblks, Hblkhd, Usmblks, Fsmblks, Uordblks, Fordblks, Keepcost;
    }

    [LibraryImport("libc", EntryPoint = "mallinfo2")]
    private static partial MallInfo MallInfo2();

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Write(Status(), Stopwatch.GetTimestamp());
        _allocations.Dispose();
        _allocations.WriteTo(_out);
        _out.Dispose();
    }
}
