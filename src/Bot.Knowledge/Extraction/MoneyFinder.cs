using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Figures;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds money amounts with their scale and currency ("$375 million", "$120mn", "375,2 млн долларов", "83 млн. долл.
/// США", "117 млн. долара", "1,2 млрд лв", "€40m"), and values after a label that states the unit, as a table row
/// reads ("Exports (US$ million): 120.5"), and amounts in words ("триста семьдесят пять миллионов долларов"); the words
/// are in figure-words.json and calendar.json.
/// </summary>
public static class MoneyFinder
{
    public sealed record Amount(int Index, int Length, double Value, string Scale, string Unit)
    {
        public int End => Index + Length;
    }

    public static List<Amount> Find(string text)
    {
        var found = new List<Amount>();
        var words = FigureWords.Default;
        var covered = new CoveredSpans(text.Length);
        // "триста семьдесят пять миллионов долларов", "sixty-three point nine million dollars": a number in words (or
        // a scale word standing for one) with a currency word after it. Only a sentence holding such a word is read so.
        if (FigureWordsGate.MayCountInWords(text))
            foreach (var n in NumberReader.Find(text))
            {
                if (!n.InWords || words.CurrencyAfter.Match(text, n.End) is not { Success: true } currency) continue;
                covered.Add(n.Index, currency.Index + currency.Length - n.Index);
                found.Add(new Amount(n.Index, currency.Index + currency.Length - n.Index, n.Value, n.Scale, words.UnitOf(currency.Groups["cur"].Value)));
            }
        // Every other pattern needs a digit; most sentences of a news text have none worth scanning for.
        if (!HasDigit(text)) return found;
        foreach (var hits in (ReadOnlySpan<List<MoneyScanner.Hit>>)[words.Money.Prefixed(text), words.Money.Suffixed(text)])
            foreach (var m in hits)
            {
                if (covered.Overlaps(m.Index, m.Length)) continue;
                if (NumberParser.Parse(text.AsSpan(m.Num, m.NumLength)) is not { } value) continue;
                covered.Add(m.Index, m.Length);
                found.Add(new Amount(m.Index, m.Length, value, words.ScaleOf(text.Substring(m.Scale, m.ScaleLength)), words.UnitOf(text.Substring(m.Currency, m.CurrencyLength))));
            }
        // A labelled value needs the colon after its label and the number after the colon: most sentences have neither.
        if (NumberAfterColon(text))
            foreach (Match m in words.MoneyLabelled.Matches(text))
            {
                if (covered.Overlaps(m.Index, m.Length)) continue;
                var unit = m.Groups["unit"].Value;
                if (words.CurrencyWord.Match(unit) is not { Success: true } currency) continue;
                if (NumberParser.Parse(m.Groups["num"].Value) is not { } value) continue;
                covered.Add(m.Index, m.Length);
                var scale = words.ScaleWord.Match(unit);
                found.Add(new Amount(m.Index, m.Length, value, words.ScaleOf(scale.Success ? scale.Groups["scale"].Value : ""), words.UnitOf(currency.Value.Trim())));
            }
        return found.OrderBy(a => a.Index).ToList();
    }

    /// <summary>Whether a text names a currency ("US$ million", "млн долл. США"): the unit of a table's money columns.</summary>
    public static bool IsMoneyUnit(string text) => FigureWords.Default.CurrencyWord.IsMatch(text);

    /// <summary>
    /// The unit a text states with no number before it ("…, в милиона щатски долара, …", "(1) million US dollars"), as a
    /// table's introduction or note states the unit of its values; null when it states none.
    /// </summary>
    public static string? StatedUnit(string text) =>
        FigureWords.Default.StatedUnit.Match(text) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>Whether a text is a unit and nothing else ("US$ million", "млн лв."), as a table's corner cell gives it.</summary>
    public static bool IsOnlyUnit(string text) => FigureWords.Default.OnlyUnitWords.IsMatch(text);

    /// <summary>
    /// Amounts written with a scale and no currency ("…, когда он составлял 95,2 млн."), which news uses once the
    /// currency is clear; they take the given currency. Amounts overlapping <paramref name="known"/> are skipped.
    /// </summary>
    public static List<Amount> FindElliptic(string text, IReadOnlyList<Amount> known, string currency)
    {
        var found = new List<Amount>();
        var words = FigureWords.Default;
        var covered = new CoveredSpans(text.Length);
        foreach (var f in known) covered.Add(f.Index, f.Length);
        foreach (var m in words.Money.Elliptic(text))
        {
            if (covered.Overlaps(m.Index, m.Length)) continue;
            if (NumberParser.Parse(text.AsSpan(m.Num, m.NumLength)) is not { } value) continue;
            found.Add(new Amount(m.Index, m.Length, value, words.ScaleOf(text.Substring(m.Scale, m.ScaleLength)), currency));
        }
        return found;
    }

    public static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>Whether a colon has a digit after it, spaces aside: what <see cref="FigureWords.MoneyLabelled"/> needs (":\s*\d").</summary>
    static bool NumberAfterColon(string text)
    {
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var i = colon + 1;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i < text.Length && char.IsDigit(text[i])) return true;
        }
        return false;
    }
}
