namespace Bot.Llm.Answering;

/// <summary>Why the offline answer was shown instead of the model's; each is logged and counted (llm_fallback:&lt;reason&gt;).</summary>
public enum FallbackReason
{
    /// <summary>Llm:Enabled is false: the kill switch.</summary>
    Disabled,
    /// <summary>Llm:DailyCallBudget is spent.</summary>
    Budget,
    /// <summary>Llm:Timeout passed.</summary>
    Timeout,
    /// <summary>The model asked for more than Llm:MaxToolCalls tool calls.</summary>
    ToolLimit,
    /// <summary>The answer stated something the turn's facts do not support.</summary>
    Ungrounded,
    /// <summary>The model or the connection failed (HTTP error, malformed response…).</summary>
    Error,
}
