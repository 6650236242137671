using System.Text.Json.Nodes;
using Bot.Knowledge.Ingestion.Reading;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction.Vocabulary;

/// <summary>
/// Makes a vocabulary file's Kazakh words match Kazakh written in the Latin alphabet of 2021 as well: each is also
/// spelt in that alphabet, and in the earlier one of 2018 texts still use (kazakh-latin.json), so no word is written
/// twice in the files. A list under a "kk" key is
/// Kazakh as a whole ("қол қойылды" → "qol qoiyldy"; a "kk" map of words gains its spelt keys and values). A file whose
/// lists mix the languages unlabelled (metrics.json, figure-words.json, period-words.json) is read with
/// <c>mixedLists</c>: there a phrase is spelt when <see cref="KazakhLatin.MayBeKazakhPhrase"/> says it may be Kazakh.
/// Display texts (a "kk" string) stay as they are.
/// </summary>
internal static class KazakhLatinForms
{
    const string Kazakh = "kk";

    public static JsonNode? Add(JsonNode? node, bool mixedLists)
    {
        Visit(node, mixedLists);
        return node;
    }

    static void Visit(JsonNode? node, bool mixedLists)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == Kazakh) SpellAll(value);
                    // Another language's words are that language's: none of them is spelt.
                    else if (!LanguageCodes.Supported.Contains(key)) Visit(value, mixedLists);
                }
                break;
            case JsonArray array when IsWordList(array):
                if (mixedLists) Append(array, KazakhLatin.MayBeKazakhPhrase, WidensALatinEntry);
                break;
            case JsonArray array:
                foreach (var item in array) Visit(item, mixedLists);
                break;
        }
    }

    static void SpellAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array when IsWordList(array):
                Append(array, _ => true, (_, _) => false);
                break;
            case JsonObject map when map.All(p => p.Value is JsonValue v && v.TryGetValue<string>(out _)):
                foreach (var (word, canonical) in map.ToList())
                {
                    var value = canonical!.GetValue<string>();
                    for (var alphabet = 0; alphabet < KazakhLatin.Alphabets; alphabet++)
                        if (KazakhLatin.Spell(word, alphabet) is var spelt && spelt != word && !map.ContainsKey(spelt))
                            map[spelt] = KazakhLatin.Spell(value, alphabet);
                }
                break;
            case JsonObject or JsonArray:
                // A structure under "kk" (lists of lists, maps of lists) is Kazakh throughout.
                foreach (var child in node is JsonObject o ? o.Select(p => p.Value) : node.AsArray()) SpellAll(child);
                break;
        }
    }

    static bool IsWordList(JsonArray array) => array.All(n => n is JsonValue v && v.TryGetValue<string>(out _));

    static void Append(JsonArray array, Func<string, bool> spell, Func<string, IReadOnlyList<string>, bool> skip)
    {
        var words = array.Select(n => n!.GetValue<string>()).ToList();
        var present = words.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            if (!spell(word)) continue;
            foreach (var spelt in KazakhLatin.Spellings(word))
                if (!skip(spelt, words) && present.Add(spelt)) array.Add(spelt);
        }
    }

    /// <summary>
    /// A stem spelt in Latin that an open Latin entry of the list starts with ("делегат*" → "delegat*" beside
    /// "delegate*") would match English words the list's longer stem leaves out on purpose ("delegations"): it is not added.
    /// </summary>
    static bool WidensALatinEntry(string spelt, IReadOnlyList<string> words)
    {
        var stem = spelt.TrimEnd('*');
        return words.Any(w => w.EndsWith('*') && !TextNormalizer.IsCyrillic(w) && w[..^1].StartsWith(stem, StringComparison.OrdinalIgnoreCase));
    }
}
