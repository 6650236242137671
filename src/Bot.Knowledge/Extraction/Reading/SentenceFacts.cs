using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// What one sentence or list item names, with positions: its dates (relative ones resolved), the places and
/// institutions the entity index knows, and the people in it. Dates are read when first asked for: most sentences
/// never are.
/// </summary>
public sealed class SentenceFacts(TextUnit unit, TokenList tokens, Func<TokenList, IReadOnlyList<DateMention>> findDates, IReadOnlyList<EntitySpan> spans, IReadOnlyList<PersonRef> people)
{
    IReadOnlyList<DateMention>? _dates;

    public TextUnit Unit { get; } = unit;
    public TokenList Tokens { get; } = tokens;
    public IReadOnlyList<EntitySpan> Spans { get; } = spans;
    public IReadOnlyList<PersonRef> People { get; } = people;
    public IReadOnlyList<DateMention> Dates => _dates ??= findDates(Tokens);
    public string Text => Unit.Text;

    /// <summary>Cities, countries and venues, in order.</summary>
    public IEnumerable<EntitySpan> Places => Spans.Where(s => s.Entity.Type is "city" or "country" or "place" or "region");

    /// <summary>Institutions and organisations, in order.</summary>
    public IEnumerable<EntitySpan> Bodies => Spans.Where(s => s.Entity.Type is "institution" or "organization" or "organisation");
}
