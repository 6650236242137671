using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;
using Bot.Llm.Facts;

namespace Bot.Llm.Grounding;

/// <summary>What one turn's facts can support: their numbers (every reading), calendar days, named entities and wording.</summary>
public sealed class FactEvidence
{
    readonly List<double> _numbers = [];
    readonly HashSet<(int Year, int Month, int Day)> _days = [];
    readonly HashSet<(int Month, int Day)> _daysOfYear = [];
    readonly HashSet<string> _entityIds = new(StringComparer.Ordinal);

    public FactEvidence(IEnumerable<Fact> facts, EntityIndex entities)
    {
        var texts = new List<string>();
        foreach (var fact in facts)
        {
            _entityIds.UnionWith(fact.EntityIds);
            texts.AddRange(fact.Texts());
        }
        foreach (var text in texts)
        {
            foreach (var date in DateMentions.Find(text))
            {
                if (date.Year is { } y) _days.Add((y, date.Month, date.Day));
                _daysOfYear.Add((date.Month, date.Day));
            }
            // Numbers are read from the whole text, dates included: "2025-06-09" also supports the year 2025.
            foreach (var number in NumberMentions.Find(text)) _numbers.AddRange(number.Values);
        }
        var all = string.Join('\n', texts);
        _entityIds.UnionWith(entities.FindIn(all).Select(m => m.Entity.Id));
        Wording = Normalize(all);
    }

    /// <summary>The facts' text as words folded and joined by single spaces, for finding quoted titles.</summary>
    public string Wording { get; }

    public bool HasNumber(IReadOnlyList<double> readings) =>
        readings.Any(r => _numbers.Any(n => Math.Abs(n - r) <= 1e-9 * Math.Max(1, Math.Abs(r))));

    public bool HasDay(DateMention d) => d.Year is { } y ? _days.Contains((y, d.Month, d.Day)) : _daysOfYear.Contains((d.Month, d.Day));

    public bool HasEntity(string id) => _entityIds.Contains(id);

    public static string Normalize(string text) => string.Join(' ', Tokenizer.Words(text).Select(TextNormalizer.Fold));
}
