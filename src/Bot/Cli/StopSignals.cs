using System.Runtime.InteropServices;

namespace Bot.Cli;

/// <summary>
/// Turns Ctrl+C and SIGTERM into a cancellation a verb can finish cleanly from — save what it has, print its summary —
/// instead of the runtime ending the process mid-write. Remembers which signal came, for the exit code the shell
/// expects (128 + the signal's number: 130 for SIGINT, 143 for SIGTERM).
/// </summary>
public sealed class StopSignals : IDisposable
{
    readonly CancellationTokenSource _cts;
    readonly PosixSignalRegistration _term;
    readonly PosixSignalRegistration _interrupt;
    PosixSignal? _received;

    /// <param name="ct">The program's own cancellation (its Ctrl+C handler), which counts as SIGINT.</param>
    public StopSignals(CancellationToken ct)
    {
        _cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    }

    public CancellationToken Token => _cts.Token;

    public string Name => _received == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl+C (SIGINT)";

    public int ExitCode => _received == PosixSignal.SIGTERM ? 143 : 130;

    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _received ??= context.Signal;
        _cts.Cancel();
    }

    public void Dispose()
    {
        _term.Dispose();
        _interrupt.Dispose();
        _cts.Dispose();
    }
}
