using Xunit;

namespace Bot.TestKit;

/// <summary>A fact about file permissions: skipped, with the reason, where no unprivileged user can be had (see <see cref="Unprivileged"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute() => Skip = Unprivileged.SkipReason;
}
