using Bot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Hosting;

/// <summary>
/// Builds the running bot: a generic host with the polling worker, or — when Telegram:Webhook:Url is set — a
/// minimal ASP.NET Core app serving the webhook. Only one of the two ever receives updates.
/// </summary>
public static class BotHostFactory
{
    public static IHost Create(IConfiguration configuration, Action<ILoggingBuilder> logging)
    {
        var options = configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (options.Webhook.Url.Length == 0)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
            Configure(builder, configuration, logging);
            return builder.Build();
        }
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        Configure(web, configuration, logging);
        // After Configure: it replaces the configuration sources, and the listen address is kept in them.
        web.WebHost.UseUrls(options.Webhook.ListenUrl);
        web.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1 << 20);
        var app = web.Build();
        app.MapTelegramWebhook(new Uri(options.Webhook.Url).AbsolutePath);
        return app;
    }

    static void Configure(IHostApplicationBuilder builder, IConfiguration configuration, Action<ILoggingBuilder> logging)
    {
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        // Even at Debug, HTTP client logs stay off: a Bot API URL carries the token.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.None);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(20);
            // One failing worker is logged and the others keep running rather than the whole bot stopping.
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore;
        });
        builder.Services.AddTelegramBot(configuration);
    }
}
