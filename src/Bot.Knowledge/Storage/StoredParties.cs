using System.Text.Json;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// The parties of a stored agreement, read from its row's JSON. A save holds every report against the agreements of its
/// group signed the same day, and the same rows come back report after report: each row's JSON is read once (bounded, and
/// let go when an ingestion run ends). The lists are shared, so nothing changes them.
/// </summary>
internal static class StoredParties
{
    static readonly WordCache<IReadOnlyList<Party>> Read = new(4096);

    public static IReadOnlyList<Party> Of(string json) =>
        Read.TryGet(json, out var parties) ? parties : Read.Add(json, JsonSerializer.Deserialize<List<Party>>(json, StoreJson.Options) ?? []);

    public static void Forget() => Read.Clear();
}
