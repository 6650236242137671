using Bot.Knowledge.Fetching;

namespace Bot.Knowledge.Ingestion;

/// <summary>Section "Ingestion": how documents named by URL (CLI `ingest`, admin /ingest) are downloaded.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Loopback, private, link-local and cloud-metadata targets are refused unless this is true (an intranet mirror).</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Largest document downloaded (files on disk are held to <see cref="UrlFetcher.MaxBytes"/>).</summary>
    public int MaxBytes { get; set; } = FetchLimits.Ingestion.MaxBytes;

    /// <summary>One download's limit, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = FetchLimits.Ingestion.Timeout;

    public int MaxRedirects { get; set; } = FetchLimits.Ingestion.MaxRedirects;

    public string UserAgent { get; set; } = FetchLimits.Ingestion.UserAgent;

    public FetchLimits Limits => new(AllowPrivateNetworks, MaxBytes, Timeout, MaxRedirects, UserAgent, Section);
}
