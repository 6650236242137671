using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// The sub-rows of a table read back from its row line ("2024 — Visits of Kazakh citizens, total: 21 745; of which for
/// holiday and recreation: 15 310"): a cell whose header opens with "of which", "в т.ч.", "в това число", "оның ішінде"
/// (table-parts.json) is a part of the cell before it. A part counts what that cell counts, narrowed by its own words;
/// the total answers no question that asks for the part, and the part none that asks for the total.
/// </summary>
public sealed class TableParts
{
    sealed record TablePartsFile(Dictionary<string, List<string>> PartOf);

    readonly List<string[]> _markers;

    public static TableParts Default { get; } = new(EmbeddedJson.Load<TablePartsFile>("table-parts.json"));

    TableParts(TablePartsFile file) => _markers = file.PartOf
        .SelectMany(p => p.Key == "kk" ? KazakhLatin.WithLatin(p.Value) : p.Value)
        .Select(m => Tokenizer.Words(TextNormalizer.Fold(m)).ToArray())
        .Where(w => w.Length > 0).Distinct(WordsComparer.Instance).OrderByDescending(w => w.Length).ToList();

    /// <summary>How many words of a cell's header say it is a part ("в т.ч." is three), or 0 for a cell of its own.</summary>
    public int MarkerWords(string header)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(header)).Take(4).ToArray();
        foreach (var marker in _markers)
            if (marker.Length <= words.Length && marker.AsSpan().SequenceEqual(words.AsSpan(0, marker.Length))) return marker.Length;
        return 0;
    }

    sealed class WordsComparer : IEqualityComparer<string[]>
    {
        public static readonly WordsComparer Instance = new();
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);
        public int GetHashCode(string[] words) => string.Join(' ', words).GetHashCode(StringComparison.Ordinal);
    }
}
