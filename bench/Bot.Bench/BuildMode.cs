using System.Reflection.PortableExecutable;
using Bot.Knowledge;

namespace Bot.Bench;

/// <summary>
/// Whether the bot's code in this process was compiled ahead of time (ReadyToRun: published with PublishReadyToRun) or is
/// compiled by the JIT as it runs, as the bot ships. The two differ in memory and CPU, so a bench says which it measured.
/// </summary>
internal static class BuildMode
{
    /// <summary>True when the bot's own assemblies carry ReadyToRun code (checked on Bot.Knowledge, where ingestion's code lives).</summary>
    public static bool IsReadyToRun { get; } = Check(typeof(KnowledgeOptions).Assembly.Location);

    // A ReadyToRun image is an IL assembly with a native code section, announced by the CLI header's ManagedNativeHeader.
    static bool Check(string path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) return false;
        using var pe = new PEReader(File.OpenRead(path));
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
