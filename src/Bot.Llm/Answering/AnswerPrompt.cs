using Bot.Llm.Facts;
using Bot.Llm.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Llm.Answering;

/// <summary>
/// Runs the Answer prompt: the question and the prefetched facts as template variables (Semantic Kernel encodes them,
/// so neither can open a message of its own), the knowledge tools offered for automatic calling.
/// </summary>
public sealed class AnswerPrompt(PromptLibrary prompts)
{
    public async Task<string> RunAsync(Kernel kernel, string question, string lang, IReadOnlyList<Fact> facts, double temperature, CancellationToken ct)
    {
        var function = prompts[PromptLibrary.Answer];
        var tools = kernel.Plugins.TryGetPlugin(Tools.KnowledgePlugin.Name, out var plugin) ? plugin : null;
        var arguments = new KernelArguments(Settings(function, temperature, tools))
        {
            ["question"] = question,
            ["facts"] = FactJson.Lines(facts),
            ["language"] = LanguageNames.Of(lang),
        };
        var result = await kernel.InvokeAsync(function, arguments, ct);
        return result.GetValue<string>() ?? "";
    }

    /// <summary>The prompt's own settings from config.json, with the configured temperature and the tools added.</summary>
    static OpenAIPromptExecutionSettings Settings(KernelFunction function, double temperature, KernelPlugin? tools)
    {
        var configured = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        // The function's settings are frozen once loaded: work on a copy.
        var settings = configured is null
            ? new OpenAIPromptExecutionSettings()
            : (OpenAIPromptExecutionSettings)OpenAIPromptExecutionSettings.FromExecutionSettings(configured).Clone();
        settings.Temperature = temperature;
        // Only the knowledge tools: the prompt functions themselves are never offered to the model.
        if (tools is not null) settings.FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(tools);
        return settings;
    }
}
