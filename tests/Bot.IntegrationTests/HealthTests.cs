using System.Net;
using System.Text.RegularExpressions;
using Bot.Hosting;
using Bot.Telegram.Alerts;
using Bot.TelegramSimulator;
using Bot.TestKit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.IntegrationTests;

/// <summary>/healthz/live and /healthz/ready as a supervisor calls them, with the bot against the Bot API simulator.</summary>
public sealed partial class HealthTests : IDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"kzbg-health-{Guid.NewGuid():N}.db");
    readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [GeneratedRegex(@"Health endpoints at (?<url>http://\S+?)/healthz/ready")]
    private static partial Regex Announced();

    [Fact]
    public async Task Ready_turns_200_once_the_bot_runs_and_503_naming_the_alert_worker_when_its_loop_dies()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        using var host = AppHost.BuildBot(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:DbPath"] = _db,
            ["Knowledge:DataPath"] = Paths.DataDir,
            ["Telegram:BotToken"] = sim.Token,
            ["Telegram:ApiBaseUrl"] = sim.BaseUrl,
            ["Telegram:LongPollSeconds"] = "1",
            ["Health:ListenUrl"] = "http://127.0.0.1:0",
        }).Build(), _ => { });
        await host.StartAsync();
        try
        {
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            await Eventually.TrueAsync(() => StatusOf(address + "/healthz/ready") == HttpStatusCode.OK, "ready", TimeSpan.FromSeconds(60), () => ReportOf(address + "/healthz/ready"));
            (await _http.GetStringAsync(address + "/healthz/ready")).ShouldContain("connected to Telegram as @");

            // The test hook: the alert worker's loop ends (its own stop), while the process and the other workers go on.
            var alerts = host.Services.GetServices<IHostedService>().OfType<AlertDeliveryWorker>().Single();
            await alerts.StopAsync(CancellationToken.None);

            await Eventually.TrueAsync(() => StatusOf(address + "/healthz/ready") == HttpStatusCode.ServiceUnavailable, "not ready", TimeSpan.FromSeconds(30), () => ReportOf(address + "/healthz/ready"));
            using var report = await _http.GetAsync(address + "/healthz/ready");
            (await report.Content.ReadAsStringAsync()).ShouldContain("AlertDeliveryWorker is not running");
            StatusOf(address + "/healthz/live").ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_health_verb_the_container_runs_reports_the_running_bot_ready()
    {
        await using var sim = await BotApiSimulator.StartAsync();
        using var bot = BotProcess.Start(_db, sim, new Dictionary<string, string> { ["Health__ListenUrl"] = "http://127.0.0.1:0" });
        await Eventually.TrueAsync(() => Announced().IsMatch(bot.Stdout), "the health address logged", TimeSpan.FromSeconds(60), () => bot.Stdout + bot.Stderr);
        var url = Announced().Match(bot.Stdout).Groups["url"].Value;

        CliRunner.Result check = null!;
        // A failure says why the bot was not ready: the health verb's report (which check, which worker) and the bot's log.
        await Eventually.TrueAsync(() =>
        {
            check = CliRunner.RunAsync(["health", "--url", url]).GetAwaiter().GetResult();
            return check.ExitCode == 0;
        }, "the bot ready", TimeSpan.FromSeconds(90), () => $"health exit {check?.ExitCode}: {check?.Stdout}{check?.Stderr}\nbot:\n{bot.Stdout}{bot.Stderr}");

        check.Stdout.ShouldStartWith("Healthy");
        check.Stdout.ShouldContain("workers: Healthy");
        check.Stdout.ShouldNotContain(sim.Token);
        await bot.SignalAsync("TERM");
        (await bot.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, bot.Stdout + bot.Stderr);
        var down = await CliRunner.RunAsync(["health", "--url", url]);
        down.ExitCode.ShouldBe(1, down.Stdout + down.Stderr);
        down.Stderr.ShouldContain("does not answer");
    }

    [Fact]
    public async Task A_bad_health_address_stops_the_bot_at_start_naming_the_key()
    {
        var r = await CliRunner.RunAsync(["--db", _db, "run"], env: new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "123456789:AAH4c5m7qLr0xS9tUvWyZbD2eFgHiJkLmNo",
            ["Health__ListenUrl"] = "ftp://0.0.0.0:8080/x",
        });

        r.ExitCode.ShouldBe(2);
        r.Stderr.Trim().Split('\n').ShouldHaveSingleItem();
        r.Stderr.ShouldContain("Health:ListenUrl");
    }

    string ReportOf(string url)
    {
        try
        {
            using var response = _http.GetAsync(url).GetAwaiter().GetResult();
            return $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}";
        }
        // Not answered in time (a loaded machine) is not ready yet, not a failed test.
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.Message;
        }
    }

    HttpStatusCode? StatusOf(string url)
    {
        try
        {
            using var response = _http.GetAsync(url).GetAwaiter().GetResult();
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        SQLite.SQLiteAsyncConnection.ResetPool();
        TempStore.DeleteFiles(_db);
        foreach (var f in new[] { _db + ".lock", _db + ".lock.owner" }) File.Delete(f);
    }
}
