namespace Bot.Llm;

/// <summary>The values Llm:Provider accepts. Every one of them speaks the OpenAI chat-completions protocol.</summary>
public static class LlmProviders
{
    public const string None = "none";
    public const string OpenAI = "openai";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAICompatible = "openai-compatible";

    public static readonly IReadOnlyList<string> All = [None, OpenAI, AzureOpenAI, OpenAICompatible];

    public static string Normalize(string provider) => provider.Trim().ToLowerInvariant();
}
