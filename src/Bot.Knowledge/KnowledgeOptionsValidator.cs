using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

/// <summary>Where the store and the seed data are: a folder given as the store file, or a seed path that is a file, fails the start.</summary>
public sealed class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions o)
    {
        var errors = new List<string>();
        if (Directory.Exists(o.ResolvedDbPath))
            errors.Add($"Knowledge:DbPath is a folder ({o.ResolvedDbPath}); give the path of the store file, e.g. {Path.Combine(o.ResolvedDbPath, "knowledge.db")}");
        if (File.Exists(o.ResolvedDataPath))
            errors.Add($"Knowledge:DataPath is a file ({o.ResolvedDataPath}); give the seed folder (the data/ folder of the repository)");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
