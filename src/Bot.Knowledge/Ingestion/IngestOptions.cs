namespace Bot.Knowledge.Ingestion;

/// <summary>How one ingestion run treats what it reads.</summary>
/// <param name="UriPrefix">With <paramref name="BaseDir"/>: files are stored as prefix + their path under the folder
/// (the seed data's "data:documents/…"), so the store does not depend on where the program is installed.</param>
/// <param name="RefuseFictional">Refuse documents marked <c>fictional: true</c> (the curated seed data must never hold one).</param>
public sealed record IngestOptions(string? UriPrefix = null, string? BaseDir = null, bool RefuseFictional = false)
{
    public static readonly IngestOptions Default = new();
}
