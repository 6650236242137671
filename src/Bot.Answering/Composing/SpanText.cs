using Bot.Answering.Localization;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Composing;

/// <summary>A span as the answer's lead states it, in the user's language: numbers and money formatted, names as the source writes them.</summary>
public static class SpanText
{
    /// <summary>The span in the user's language; a corrected value says which value the source first gave.</summary>
    public static string Render(AnswerSpan span, string lang) =>
        // "21 қазанда емес …": the notice's words are quoted under the answer; the lead gives both days as days, not as what a dated text says.
        span.Corrects is { } first ? Texts.Get(lang, "corrected_value", Value(span with { Relative = false }, lang), Value(first with { Relative = false }, lang)) : Value(span, lang);

    static string Value(AnswerSpan span, string lang) => span.Type switch
    {
        AnswerType.Amount when span.Value is { } v => Formats.Amount(v, span.Scale ?? "one", span.Unit ?? "USD", span.Qualifier, lang),
        // "4.5 million tonnes", "about 11 thousand km": a count in a unit the texts name in every language is shown with it and its scale.
        AnswerType.Count when span.Value is { } v && span.Unit is { } unit && Texts.Has("unit." + unit) =>
            Formats.Amount(v, span.Scale ?? "one", unit, span.Qualifier, lang),
        AnswerType.Count when span.Value is { } v => Formats.Qualified(Formats.Number(v, lang), span.Qualifier, lang),
        AnswerType.Percent when span.Value is { } v => Formats.Qualified(Formats.Number(v, lang) + "%", span.Qualifier, lang),
        AnswerType.Factor when span.Value is { } v => Texts.Get(lang, "factor", Formats.Number(v, lang)),
        // "Among the top 15" is a rank within the first fifteen, not the fifteenth place.
        AnswerType.Ordinal when span.Value is { } v && span.Qualifier == OrdinalSpans.Top => Texts.Get(lang, "ordinal_top", Formats.Number(v, lang)),
        AnswerType.Ordinal when span.Value is { } v => Texts.Get(lang, "ordinal", Formats.Number(v, lang)),
        AnswerType.Date or AnswerType.Year when span.Date is { } d => DateText(span, d, lang),
        AnswerType.Person or AnswerType.Place or AnswerType.Organisation => Named(span, lang),
        _ => span.Text,
    };

    /// <summary>
    /// A known name in the user's script: "Касым-Жомарт Токаев" in a Russian answer, "Kassym-Jomart Tokayev" in an English
    /// one, as the store spells it; with the same number of words as its usual name, so a surname alone is not chosen.
    /// </summary>
    static string Named(AnswerSpan span, string lang) =>
        span.Aliases.Count == 0 ? span.Text : NameInScript.Of(span.Text, span.Aliases, cyrillic: lang != "en");

    /// <summary>The date as the user's language writes it; a relative one says what the source said and when.</summary>
    static string DateText(AnswerSpan span, Knowledge.Model.PartialDate date, string lang)
    {
        var text = Formats.DateRange(date, span.DateEnd, lang);
        if (span.CountedFrom is { } counted)
            return Texts.Get(lang, "anniversary_date", text, counted.Years.ToString(System.Globalization.CultureInfo.InvariantCulture), Formats.Date(counted.From, lang, weekday: false));
        if (span.CalledOff) return Texts.Get(lang, "called_off_date", text);
        if (span.Planned) text = Texts.Get(lang, "planned_date", text);
        if (span.ActDate) return $"{text} — {Texts.Get(lang, "act_date")}";
        if (span.ReportDate) return $"{text} — {Texts.Get(lang, "report_date")}";
        return span.Relative && span.Anchor is { } anchor
            ? $"{text} — {Texts.Get(lang, "relative_date", Formats.Date(anchor, lang, weekday: false), span.Text.Trim())}" : text;
    }

    /// <summary>
    /// Whether two spans say the same thing (the same number, or the same words). A place or a body named in another
    /// case ("София", "Софии", "Софияда") is the same place: each word has the same search key.
    /// </summary>
    public static bool Same(AnswerSpan a, AnswerSpan b) =>
        a.Date is { } da && b.Date is { } db ? da == db && a.DateEnd == b.DateEnd
        : a.Value is { } x && b.Value is { } y ? Math.Abs(x * Scale(a) - y * Scale(b)) < 1e-9 * Math.Max(1, Math.Abs(x * Scale(a)))
        : string.Equals(a.Text.Trim(), b.Text.Trim(), StringComparison.OrdinalIgnoreCase)
            || a.Type is AnswerType.Place or AnswerType.Organisation && a.Type == b.Type && SameKeys(a.Text, b.Text);

    static bool SameKeys(string a, string b)
    {
        var x = Tokenizer.Words(a).Select(TextNormalizer.Fold).ToList();
        var y = Tokenizer.Words(b).Select(TextNormalizer.Fold).ToList();
        return x.Count > 0 && x.Count == y.Count && x.Zip(y).All(p => SameWord(p.First, p.Second));
    }

    // A case ending changes the last letters of a name, not its start: "Пловдив"/"Пловдива", "София"/"Софии".
    const int CaseEndingLetters = 2;
    const int MinSharedStart = 4;

    static bool SameWord(string x, string y)
    {
        if (x == y || Stemmer.Stem(x) == Stemmer.Stem(y)) return true;
        var shared = 0;
        while (shared < x.Length && shared < y.Length && x[shared] == y[shared]) shared++;
        return shared >= MinSharedStart && shared >= Math.Max(x.Length, y.Length) - CaseEndingLetters;
    }

    static double Scale(AnswerSpan s) => Knowledge.Model.Figure.ScaleFactor(s.Scale ?? "one");
}
