using Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Observability;

/// <summary>
/// Where and how the program logs. Verbs log only warnings, to stderr. The bot logs what it does to stdout, one
/// line each — text, or JSON with Logging:Format = json — at the levels of Logging:LogLevel (Information by default,
/// Debug with --verbose), never the token (HTTP client logs are always off: a Bot API URL carries it).
/// </summary>
public static class BotLogging
{
    public static Action<ILoggingBuilder> For(Invocation invocation, IConfiguration configuration)
    {
        if (!invocation.RunsBot)
            return log =>
            {
                // A verb's warning is one line on stderr, like its errors.
                log.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
                log.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            };
        // A bad value falls back to text here; the settings check then stops the bot naming Logging:Format.
        var json = string.Equals(configuration[$"{LogOptions.Section}:{nameof(LogOptions.Format)}"], "json", StringComparison.Ordinal);
        return log =>
        {
            if (json) log.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"; });
            else log.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
            log.SetMinimumLevel(invocation.Verbose ? LogLevel.Debug : LogLevel.Information);
            log.AddConfiguration(configuration.GetSection(LogOptions.Section));
            log.AddFilter("Microsoft", LogLevel.Warning);
            // --verbose wins over the configured default level (the later of two equally specific rules applies).
            if (invocation.Verbose) log.AddFilter((_, level) => level >= LogLevel.Debug);
        };
    }
}
