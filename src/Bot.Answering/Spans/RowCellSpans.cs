using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>
/// A table row's cells that are what their column says. The venue cell of a row ("25 сентября — Время: 15:00; Мероприятие: Встреча …; Место проведения: г. Павлодар,
/// культурный центр «Здравец»"): a row of a programme or a calendar is one record, so the cell under a column named for
/// the place (row-cells.json) is where that row's event is held — a centre or a hall no gazetteer knows included.
/// </summary>
public sealed class RowCellSpans
{
    sealed record RowCellFile(Dictionary<string, List<string>> Place, Dictionary<string, List<string>> Person);

    /// <summary>As sure as a place the gazetteer knows: the column says what the cell is.</summary>
    public const double Confidence = 1;

    readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    readonly List<string> _prefixes = [];
    // Person headers are whole headers, as words: "Name" is one, "Name of the document" is not.
    readonly HashSet<string> _personHeaders = new(StringComparer.Ordinal);

    public static RowCellSpans Default { get; } = new(EmbeddedJson.Load<RowCellFile>("row-cells.json"));

    RowCellSpans(RowCellFile file)
    {
        foreach (var word in file.Place.SelectMany(p => p.Key == "kk" ? KazakhLatin.WithLatin(p.Value) : p.Value).Select(TextNormalizer.Fold))
            if (word.EndsWith('*')) _prefixes.Add(word[..^1]);
            else _exact.Add(word);
        foreach (var header in file.Person.SelectMany(p => p.Key == "kk" ? KazakhLatin.WithLatin(p.Value) : p.Value))
            _personHeaders.Add(HeaderWords(header));
    }

    static string HeaderWords(string header) => string.Join(' ', Tokenizer.Words(TextNormalizer.Fold(header)));

    /// <summary>The value of the row's name cell when it reads as a person's name (two to four capitalised words), else null.</summary>
    public AnswerSpan? Person(string text)
    {
        if (RowFields.Read(text) is not { } row) return null;
        foreach (var cell in row.Cells.Where(c => _personHeaders.Contains(HeaderWords(c.Header))))
        {
            var words = cell.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 4 || !words.All(w => char.IsUpper(w[0]) && w.All(ch => char.IsLetter(ch) || ch is '-' or '\'' or '’' or '.'))) continue;
            var at = text.IndexOf(cell.Header + TableText.LabelSeparator, StringComparison.Ordinal);
            var start = at < 0 ? -1 : text.IndexOf(cell.Value, at, StringComparison.Ordinal);
            if (start >= 0) return new AnswerSpan(AnswerType.Person, cell.Value, start, cell.Value.Length) { Confidence = Confidence };
        }
        return null;
    }

    /// <summary>The whole value of each venue cell of the row a text is, or nothing when the text is no table row.</summary>
    public IEnumerable<AnswerSpan> Places(string text)
    {
        if (RowFields.Read(text) is not { } row) yield break;
        foreach (var cell in row.Cells.Where(c => NamesPlace(c.Header)))
        {
            // The value's own text in the line: a cell's value is written once, after its header and the label separator.
            var at = text.IndexOf(cell.Header + TableText.LabelSeparator, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = text.IndexOf(cell.Value, at, StringComparison.Ordinal);
            if (start < 0) continue;
            yield return new AnswerSpan(AnswerType.Place, cell.Value, start, cell.Value.Length) { Confidence = Confidence };
        }
    }

    bool NamesPlace(string header) => Tokenizer.Words(header).Select(TextNormalizer.Fold)
        .Any(w => _exact.Contains(w) || _prefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));
}
