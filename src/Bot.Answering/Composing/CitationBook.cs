using Bot.Knowledge.Model;

namespace Bot.Answering.Composing;

/// <summary>Numbers sources in the order an answer first uses them; the same page cited twice keeps one number.</summary>
public sealed class CitationBook
{
    readonly List<Citation> _citations = [];
    readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public IReadOnlyList<Citation> Citations => _citations;

    public string Mark(SourceRef source)
    {
        var key = source.Url ?? "doc:" + source.DocumentId;
        if (!_numbers.TryGetValue(key, out var n))
        {
            _citations.Add(new Citation(source.Title, source.Url, source.Published));
            n = _numbers[key] = _citations.Count;
        }
        return $"[{n}]";
    }

    public string Mark(IEnumerable<SourceRef> sources) => string.Concat(sources.Select(Mark).Distinct());
}
