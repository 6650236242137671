using Microsoft.SemanticKernel;

namespace Bot.Llm.Prompts;

/// <summary>
/// The prompt files: prompts/&lt;Function&gt;/skprompt.txt + config.json, loaded as a Semantic Kernel plugin. No prompt
/// text lives in code. The functions are invoked directly, never offered to the model as tools.
/// </summary>
public sealed class PromptLibrary
{
    public const string Answer = "Answer";
    public const string CondenseFollowUp = "CondenseFollowUp";

    /// <summary>The prompts the LLM path cannot work without; a missing one fails the start.</summary>
    public static readonly IReadOnlyList<string> Required = [Answer, CondenseFollowUp];

    // Resolved and loaded on first use: a program with no model configured never reads the setting or the files.
    readonly Lazy<string> _directory;
    readonly Lazy<KernelPlugin> _plugin;

    public PromptLibrary(string directory) : this(() => directory) { }

    public PromptLibrary(Func<string> directory)
    {
        _directory = new(directory);
        _plugin = new(() => new Kernel().CreatePluginFromPromptDirectory(Directory, "Prompts"));
    }

    public string Directory => _directory.Value;

    public KernelFunction this[string name] => _plugin.Value[name];

    /// <summary>The prompt as the model would get it for these arguments, without calling a model (tests, diagnostics).</summary>
    public async Task<string> RenderAsync(string name, KernelArguments arguments)
    {
        var folder = Path.Combine(Directory, name);
        var config = PromptTemplateConfig.FromJson(await File.ReadAllTextAsync(Path.Combine(folder, "config.json")));
        config.Template = await File.ReadAllTextAsync(Path.Combine(folder, "skprompt.txt"));
        return await new KernelPromptTemplateFactory().Create(config).RenderAsync(new Kernel(), arguments);
    }
}
