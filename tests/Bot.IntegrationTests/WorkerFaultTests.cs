using Bot.Hosting;
using Bot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.IntegrationTests;

/// <summary>A worker that dies stops the bot, and the program says which and why, rather than running on without it.</summary>
public sealed class WorkerFaultTests
{
    sealed class BrokenWorker : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the outbox table is gone");
        }
    }

    [Fact]
    public void The_bot_host_stops_when_any_worker_dies()
    {
        using var host = AppHost.BuildBot(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456789:AAH4c5m7qLr0xS9tUvWyZbD2eFgHiJkLmNo",
            ["Knowledge:DbPath"] = Path.Combine(Path.GetTempPath(), $"kzbg-unused-{Guid.NewGuid():N}.db"),
        }).Build(), _ => { });

        host.Services.GetRequiredService<IOptions<HostOptions>>().Value.BackgroundServiceExceptionBehavior.ShouldBe(BackgroundServiceExceptionBehavior.StopHost);
    }

    [Fact]
    public async Task A_dead_worker_is_reported_by_name_and_reason_with_a_failure_exit_code()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
        builder.Services.AddHostedService<BrokenWorker>();
        using var host = builder.Build();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        await host.StartAsync();
        await Eventually.TrueAsync(() => stopping.IsCancellationRequested, "the host stopping");
        await Should.ThrowAsync<InvalidOperationException>(() => host.StopAsync());

        var faults = WorkerFaults.Of(host.Services).ShouldNotBeNull();
        faults.ExitCode.ShouldBe(1);
        faults.Lines.ShouldHaveSingleItem().ShouldBe("BrokenWorker stopped: the outbox table is gone");
    }
}
