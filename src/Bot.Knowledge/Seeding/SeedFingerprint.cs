using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Seeding;

/// <summary>A hash of every file in the seed folder, so a store seeded from older data/ is brought up to date.</summary>
public static class SeedFingerprint
{
    public static string Of(string dataDir)
    {
        var parts = Directory.EnumerateFiles(dataDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(dataDir, f) + ":" + Hashing.Sha256(File.ReadAllText(f)));
        return Hashing.Sha256(string.Join('\n', parts));
    }
}
