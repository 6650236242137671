using System.Diagnostics.Tracing;
using System.Globalization;

namespace Bot.Bench;

/// <summary>
/// For <c>--memory-trace</c>: the runtime's allocation samples (one event per ~100 KB allocated, naming the type of the
/// object that crossed the mark, and whether it went to the large-object heap), summed by phase, heap and type, so what
/// each phase allocates — and what it puts on the large-object heap, which only a full collection frees — can be named.
/// </summary>
internal sealed class AllocationSampler(Func<string> phase) : EventListener
{
    const EventKeywords GcKeyword = (EventKeywords)0x1;
    readonly Dictionary<(string Phase, string Heap, string Type), (long Bytes, int Samples)> _sums = [];
    readonly Lock _gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var fields = e.PayloadNames!;
        object? Field(string n) => fields.IndexOf(n) is var i and >= 0 ? e.Payload[i] : null;
        var kind = Convert.ToInt32(Field("AllocationKind"), CultureInfo.InvariantCulture);
        var bytes = Convert.ToInt64(Field("AllocationAmount64") ?? Field("AllocationAmount"), CultureInfo.InvariantCulture);
        var type = Field("TypeName") as string ?? "?";
        var key = (phase(), kind switch { 1 => "loh", 2 => "poh", _ => "soh" }, type);
        lock (_gate) _sums[key] = _sums.TryGetValue(key, out var s) ? (s.Bytes + bytes, s.Samples + 1) : (bytes, 1);
    }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("phase,heap,type,mb,samples");
        lock (_gate)
        {
            foreach (var ((p, heap, type), (bytes, samples)) in _sums.OrderBy(s => s.Key.Phase, StringComparer.Ordinal).ThenByDescending(s => s.Value.Bytes))
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p},{heap},\"{type}\",{bytes / (1024.0 * 1024):F2},{samples}"));
        }
    }
}
