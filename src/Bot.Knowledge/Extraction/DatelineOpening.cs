using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The dateline that opens a lead's first sentence when a dash, not a full stop, ends it ("SOFIA, 9 November 2026 (BTA)
/// –", "АСТАНА /Казинформ/ —", "(BTA) –" after the date): its place, date and agency are no part of the sentence's
/// subject, so "… (BTA) – Bulgaria's minister and Kazakhstan's minister signed" has the two ministers for parties.
/// </summary>
internal static partial class DatelineOpening
{
    // A few words (place, day, month, year), the agency in brackets or slashes, then a dash: the shape, in any language.
    [GeneratedRegex(@"^\s*(?:[\p{L}\p{N}.,]+\s+){0,4}?(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/|\[[^\[\]\n]{1,40}\])\s*[–—-]\s*")]
    private static partial Regex Opening();

    /// <summary>The clause after its opening dateline, or the clause itself when it opens with none.</summary>
    public static string Without(string clause) => Opening().Match(clause) is { Success: true } m ? clause[m.Length..] : clause;
}
