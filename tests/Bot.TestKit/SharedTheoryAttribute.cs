using Xunit;

namespace Bot.TestKit;

/// <summary>A theory over the shared evaluation sets (../shared); skipped with the reason when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(params string[] relativePaths) =>
        Skip = SharedFiles.MissingReason([Paths.SharedDir, .. relativePaths.Select(p => Path.Combine(Paths.SharedDir, p))]);
}
