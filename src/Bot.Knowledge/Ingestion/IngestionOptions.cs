using System.ComponentModel.DataAnnotations;
using Bot.Knowledge.Fetching;

namespace Bot.Knowledge.Ingestion;

/// <summary>Section "Ingestion": how documents named by URL (CLI `ingest`, admin /ingest) are downloaded.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Loopback, private, link-local and cloud-metadata targets are refused unless this is true (an intranet mirror).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Largest document downloaded (files on disk are held to <see cref="UrlFetcher.MaxBytes"/>).</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public int MaxBytes { get; set; } = FetchLimits.Ingestion.MaxBytes;

    /// <summary>One download's limit, redirects and body included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = FetchLimits.Ingestion.Timeout;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = FetchLimits.Ingestion.MaxRedirects;

    public string UserAgent { get; set; } = FetchLimits.Ingestion.UserAgent;

    public FetchLimits Limits => new(AllowPrivateNetworks, MaxBytes, Timeout, MaxRedirects, UserAgent, Section);
}
