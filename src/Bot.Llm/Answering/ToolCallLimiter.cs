using Microsoft.SemanticKernel;

namespace Bot.Llm.Answering;

/// <summary>
/// Bounds automatic function calling: the model may call Llm:MaxToolCalls tools for one answer; the next call is not
/// run and the turn ends, so a model looping on tools costs a known amount and then falls back.
/// </summary>
public sealed class ToolCallLimiter(int maxCalls) : IAutoFunctionInvocationFilter
{
    int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public bool Exceeded => Calls > maxCalls;

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        if (Interlocked.Increment(ref _calls) > maxCalls)
        {
            context.Terminate = true;
            return;
        }
        await next(context);
    }
}
