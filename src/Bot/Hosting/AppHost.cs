using Bot.Observability;
using Bot.Telegram;
using Bot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

/// <summary>
/// The one host of a program run, built once the command line's global options are known: a generic host, or — for
/// `run` with Telegram:Webhook:Url or Health:ListenUrl set — a minimal ASP.NET Core app serving the webhook, the
/// health endpoints and /metrics.
/// </summary>
public static class AppHost
{
    /// <summary>
    /// Settings as an operator gives them: appsettings.json beside the program, user secrets, environment variables
    /// (Section__Key), then --db — or <paramref name="scratchDb"/>, a store of this run's own.
    /// </summary>
    public static IConfiguration Configuration(Invocation invocation, string? scratchDb = null)
    {
        var overrides = new Dictionary<string, string?>();
        if ((scratchDb ?? invocation.Db) is { Length: > 0 } db) overrides["Knowledge:DbPath"] = db;
        if (invocation.ReadOnly) overrides["Knowledge:ReadOnly"] = "true";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            // Reloaded while the bot runs: Llm:Enabled is a kill switch read for every question.
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: invocation.RunsBot)
            .AddUserSecrets(typeof(AppHost).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    /// <summary>The bot as `run` builds it, from the given settings: what the tests and the bench start on loopback.</summary>
    public static IHost BuildBot(IConfiguration configuration, Action<ILoggingBuilder> logging) =>
        Build(configuration, Invocation.From([Invocation.RunVerb]), logging);

    public static IHost Build(IConfiguration configuration, Invocation invocation, Action<ILoggingBuilder> logging)
    {
        var webhook = invocation.RunsBot ? WebhookOptions.From(configuration) : new WebhookOptions();
        var health = invocation.RunsBot ? HealthEndpoints.ListenUrl(configuration) : "";
        if (webhook.Url.Length == 0 && health.Length == 0)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [], ContentRootPath = AppContext.BaseDirectory });
            Compose(builder, configuration, invocation, logging);
            return builder.Build();
        }
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        Compose(web, configuration, invocation, logging);
        // After Compose: it replaces the configuration sources, and the listen address is kept in them.
        web.WebHost.UseUrls([.. new[] { webhook.Url.Length > 0 ? webhook.ListenUrl : "", health }.Where(u => u.Length > 0).Distinct()]);
        web.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1 << 20);
        var app = web.Build();
        // A malformed URL is reported by the settings check when the host starts.
        if (webhook.Url.Length > 0) app.MapTelegramWebhook(Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) ? url.AbsolutePath : "/");
        if (health.Length > 0) app.MapBotHealth();
        return app;
    }

    static void Compose(IHostApplicationBuilder builder, IConfiguration configuration, Invocation invocation, Action<ILoggingBuilder> logging)
    {
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        // Under systemd: ready/stopping notifications and journald log levels; nothing otherwise. Before the logging
        // choice, so Logging:Format still decides the format.
        if (invocation.RunsBot) builder.Services.AddSystemd();
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        // Even at Debug, HTTP client logs stay off: a Bot API URL carries the token.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        // Resilience pipelines log each attempt with its stack trace; the callers log one line per failure themselves
        // (the model's fallback, Telegram's retries), so Polly speaks only with --verbose.
        builder.Logging.AddFilter("Polly", invocation.Verbose ? LogLevel.Debug : LogLevel.None);
        // A failed start or a dead worker is reported by the program as one line each, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            // A worker that dies stops the bot, and the exit code and the last line say which and why.
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost;
        });
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddBot(configuration, invocation);
    }
}
