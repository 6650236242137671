using System.Text.RegularExpressions;
using Bot.Answering.Composing;
using Bot.Llm.Facts;

namespace Bot.Llm.Grounding;

/// <summary>
/// Turns the fact ids an answer cites into the numbered sources the reader sees ("[F12]" → "[1]" with the source's
/// title, date and link from the store). Entities have no source: their markers are dropped.
/// </summary>
public static partial class CitationResolver
{
    [GeneratedRegex(@"[ \t]+(?=[.,;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();

    // "[F12][F13]" from one source would read "[1][1]".
    [GeneratedRegex(@"(\[\d+\])(?:\1)+")]
    private static partial Regex RepeatedMarker();

    public static (string Text, IReadOnlyList<Citation> Citations) Resolve(string answer, FactLedger ledger)
    {
        var book = new CitationBook();
        var text = CitationMarkers.Marker().Replace(answer, m =>
            string.Concat(CitationMarkers.IdsIn(m).Select(ledger.Get).OfType<Fact>().Select(f => f.Sources.Count == 0 ? "" : book.Mark(f.Sources))));
        text = RepeatedMarker().Replace(SpaceBeforePunctuation().Replace(text, ""), "$1");
        return (text.Trim(), book.Citations);
    }
}
