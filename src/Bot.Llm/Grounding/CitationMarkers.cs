using System.Text.RegularExpressions;
using Bot.Llm.Facts;

namespace Bot.Llm.Grounding;

/// <summary>The fact ids an answer cites, as "[F12]", "[F12, A3]" or "[F12][A3]".</summary>
public static partial class CitationMarkers
{
    [GeneratedRegex(@"\[\s*(?<ids>" + FactKinds.IdPattern + @"(?:\s*[,;]\s*" + FactKinds.IdPattern + @")*)\s*\]")]
    public static partial Regex Marker();

    // An id outside brackets would reach the reader as "F12": it is a formatting failure, not a citation.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + FactKinds.IdPattern + @"(?![\p{L}\p{N}])")]
    public static partial Regex BareId();

    public static IReadOnlyList<string> IdsIn(Match marker) =>
        marker.Groups["ids"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<string> IdsIn(string text) =>
        Marker().Matches(text).SelectMany(IdsIn).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The text with every marker blanked out (same length, so positions stay), for the checks that read the prose.</summary>
    public static string Blank(string text) => Marker().Replace(text, m => new string(' ', m.Length));
}
