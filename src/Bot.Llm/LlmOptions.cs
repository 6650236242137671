namespace Bot.Llm;

/// <summary>
/// Settings of the language-model path (section "Llm"). With <see cref="Provider"/> "none" — the default — the bot
/// answers exactly as without this project. Durations are TimeSpans ("00:00:20").
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>none | openai | azure-openai | openai-compatible (Ollama /v1, LM Studio, vLLM, llama.cpp server).</summary>
    public string Provider { get; set; } = LlmProviders.None;

    /// <summary>Base URL of the OpenAI-style API, e.g. http://localhost:11434/v1; for azure-openai https://RESOURCE.openai.azure.com/openai/v1/.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The model (for azure-openai: the deployment name).</summary>
    public string Model { get; set; } = "";

    /// <summary>From the environment (Llm__ApiKey) or user secrets only, never from a file in the repository.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The kill switch: false turns the LLM path off at once; it is read again for every question.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long one answer may spend on the model (follow-up condensing, tool rounds and the answer together).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a request that failed transiently (5xx, 408, 429, connection errors), within <see cref="Timeout"/>.</summary>
    public int MaxRetries { get; set; } = 1;

    /// <summary>Knowledge tool calls the model may make for one answer; one more and the offline answer is shown.</summary>
    public int MaxToolCalls { get; set; } = 4;

    /// <summary>Requests to the model per UTC day, across chats; when spent, answers are offline until midnight UTC.</summary>
    public int DailyCallBudget { get; set; } = 1000;

    /// <summary>Question/answer pairs remembered per chat for follow-ups; 0 turns follow-up condensing off.</summary>
    public int HistoryTurns { get; set; } = 6;

    /// <summary>Sampling temperature of answers; 0 keeps them as close to the facts as the model allows.</summary>
    public double Temperature { get; set; }

    /// <summary>A longer model answer is not shown (the offline answer is).</summary>
    public int MaxAnswerChars { get; set; } = 3000;

    /// <summary>The prompts/ folder; empty means the one shipped beside the program.</summary>
    public string PromptsPath { get; set; } = "";

    public bool IsConfigured => !string.Equals(Provider.Trim(), LlmProviders.None, StringComparison.OrdinalIgnoreCase) && Provider.Trim().Length > 0;

    public string ResolvedPromptsPath => PromptsPath.Length > 0 ? PromptsPath : Path.Combine(AppContext.BaseDirectory, "prompts");
}
