using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>
/// The runtime settings read from the environment only (the GC's, the C library's) are set alike wherever the bot is
/// started for real — the image, the systemd unit — and where the bench measures it, so the bench's memory figures are
/// the shipped bot's.
/// </summary>
public sealed class ShippedRuntimeSettingsTests
{
    public static TheoryData<string> Shipped() => new(Names());

    static List<string> Names()
    {
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "bench", "Bot.Bench", "shipped-environment.json")));
        return [.. shipped.RootElement.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith("//", StringComparison.Ordinal))];
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void The_image_the_unit_and_the_bench_run_with_the_same_setting(string name)
    {
        // On a line that is not a comment (the comments name the settings too).
        var setting = new Regex($@"^(?!\s*#).*?\b{Regex.Escape(name)}=(?<value>[^\s\\]+)", RegexOptions.Multiline);
        var image = setting.Match(File.ReadAllText(Path.Combine(Paths.RepoRoot, "Dockerfile")));
        var unit = setting.Match(File.ReadAllText(Path.Combine(Paths.RepoRoot, "deploy", "kzbg-bot.service")));
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "bench", "Bot.Bench", "shipped-environment.json")));
        var bench = shipped.RootElement.GetProperty(name).GetString();

        image.Success.ShouldBeTrue($"the Dockerfile sets {name}");
        unit.Success.ShouldBeTrue($"the systemd unit sets {name}");
        unit.Groups["value"].Value.ShouldBe(image.Groups["value"].Value);
        bench.ShouldBe(image.Groups["value"].Value);
    }

    [Fact]
    public void The_gen0_budget_is_among_the_shipped_settings() =>
        Names().ShouldContain("DOTNET_GCgen0size");
}
