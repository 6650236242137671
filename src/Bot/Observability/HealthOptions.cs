using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace Bot.Observability;

/// <summary>Section "Health": the HTTP endpoints a supervisor (Docker, Kubernetes, systemd's watchdog script) calls.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>Where /healthz/live, /healthz/ready and /metrics listen, e.g. http://0.0.0.0:8080; empty (the default) serves none.</summary>
    public string ListenUrl { get; set; } = "";

    /// <summary>How long past its promised next beat a worker may be silent before the bot is not ready.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Read before the host is built: serving endpoints decides which host it is.</summary>
    public static HealthOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HealthOptions>() ?? new HealthOptions();
}
