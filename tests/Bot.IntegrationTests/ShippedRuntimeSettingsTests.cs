using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.TestKit;

namespace Bot.IntegrationTests;

/// <summary>
/// The GC setting the runtime reads from the environment only is set alike wherever the bot is started for real — the
/// image, the systemd unit — and where the bench measures it, so the bench's memory figures are the shipped bot's.
/// </summary>
public sealed partial class ShippedRuntimeSettingsTests
{
    [GeneratedRegex(@"DOTNET_GCgen0size=(?<value>\S+)")]
    private static partial Regex Gen0Size();

    [Fact]
    public void The_image_the_unit_and_the_bench_run_with_the_same_gen0_budget()
    {
        var image = Gen0Size().Match(File.ReadAllText(Path.Combine(Paths.RepoRoot, "Dockerfile")));
        var unit = Gen0Size().Match(File.ReadAllText(Path.Combine(Paths.RepoRoot, "deploy", "kzbg-bot.service")));
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepoRoot, "bench", "Bot.Bench", "shipped-environment.json")));
        var bench = shipped.RootElement.GetProperty("DOTNET_GCgen0size").GetString();

        image.Success.ShouldBeTrue("the Dockerfile sets DOTNET_GCgen0size");
        unit.Success.ShouldBeTrue("the systemd unit sets DOTNET_GCgen0size");
        unit.Groups["value"].Value.ShouldBe(image.Groups["value"].Value);
        bench.ShouldBe(image.Groups["value"].Value);
    }
}
