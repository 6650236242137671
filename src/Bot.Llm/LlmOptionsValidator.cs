using Bot.Llm.Prompts;
using Microsoft.Extensions.Options;

namespace Bot.Llm;

/// <summary>Fails the start with the name of the bad key, so a typo in Llm:* is found at boot rather than at the first question.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions o)
    {
        var provider = LlmProviders.Normalize(o.Provider);
        if (!LlmProviders.All.Contains(provider))
            return ValidateOptionsResult.Fail($"Llm:Provider must be one of {string.Join(", ", LlmProviders.All)} (was '{o.Provider}')");
        // Ranges are checked even with no provider: a bad value left in the file would surface only when a provider is set.
        var errors = Ranges(o);
        if (!o.IsConfigured) return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);

        if (string.IsNullOrWhiteSpace(o.Model)) errors.Add("Llm:Model is required when Llm:Provider is set");
        if (provider != LlmProviders.OpenAI && !IsHttpUrl(o.Endpoint))
            errors.Add($"Llm:Endpoint must be an absolute http(s) URL for provider {provider}");
        if (provider == LlmProviders.OpenAI && o.Endpoint.Length > 0 && !IsHttpUrl(o.Endpoint))
            errors.Add("Llm:Endpoint must be an absolute http(s) URL or empty");
        // A local openai-compatible server usually needs no key; the hosted services always do.
        if (provider is LlmProviders.OpenAI or LlmProviders.AzureOpenAI && string.IsNullOrWhiteSpace(o.ApiKey))
            errors.Add($"Llm:ApiKey is required for provider {provider} (set it with the environment variable Llm__ApiKey or user secrets)");
        foreach (var prompt in PromptLibrary.Required)
            if (!File.Exists(Path.Combine(o.ResolvedPromptsPath, prompt, "skprompt.txt")))
                errors.Add($"Llm:PromptsPath: {Path.Combine(o.ResolvedPromptsPath, prompt, "skprompt.txt")} not found");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static List<string> Ranges(LlmOptions o)
    {
        var errors = new List<string>();
        if (o.Timeout < TimeSpan.FromSeconds(1) || o.Timeout > TimeSpan.FromMinutes(5)) errors.Add("Llm:Timeout must be between 00:00:01 and 00:05:00");
        if (o.MaxRetries is < 0 or > 5) errors.Add("Llm:MaxRetries must be between 0 and 5");
        if (o.MaxToolCalls is < 0 or > 20) errors.Add("Llm:MaxToolCalls must be between 0 and 20");
        if (o.DailyCallBudget < 1) errors.Add("Llm:DailyCallBudget must be at least 1 (set Llm:Enabled to false to stop calls)");
        if (o.HistoryTurns is < 0 or > 50) errors.Add("Llm:HistoryTurns must be between 0 and 50");
        if (o.Temperature is < 0 or > 2) errors.Add("Llm:Temperature must be between 0 and 2");
        if (o.MaxAnswerChars is < 200 or > 20_000) errors.Add("Llm:MaxAnswerChars must be between 200 and 20000");
        return errors;
    }

    static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
