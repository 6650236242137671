using Xunit;

namespace Bot.TestKit;

/// <summary>
/// A fact over the shared evaluation sets (../shared): without them it is reported as skipped with the reason,
/// never as passed. CI always has them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] relativePaths) =>
        Skip = SharedFiles.MissingReason([Paths.SharedDir, .. relativePaths.Select(p => Path.Combine(Paths.SharedDir, p))]);
}
