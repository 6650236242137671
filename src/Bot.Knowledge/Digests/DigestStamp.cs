using System.Globalization;

namespace Bot.Knowledge.Digests;

/// <summary>
/// Instants as the store writes them ("O", always UTC), so periods compare as text with the outbox's created_at and
/// the documents' ingested_at.
/// </summary>
public static class DigestStamp
{
    public static string Of(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? stamp) =>
        DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}
