namespace Bot.Knowledge.Fetching;

/// <summary>
/// What one download may do. Each caller brings its own (feeds from Sources:*, documents from Ingestion:*), and
/// <paramref name="Setting"/> names the setting prefix so a refusal tells the operator which key would allow it.
/// </summary>
public sealed record FetchLimits(bool AllowPrivateNetworks, int MaxBytes, TimeSpan Timeout, int MaxRedirects, string UserAgent, string Setting)
{
    /// <summary>Document ingestion's defaults: internal addresses refused, 5 MB, 30 s, 5 redirects.</summary>
    public static readonly FetchLimits Ingestion = new(false, 5 * 1024 * 1024, TimeSpan.FromSeconds(30), 5, "kzbg-bot/1.0 (+ingest)", "Ingestion");
}
