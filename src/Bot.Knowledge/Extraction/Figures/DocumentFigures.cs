using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// Every sentence's figures, in order, each read with what the text around it says: a paragraph carries its period and
/// currency from sentence to sentence, and the period it was last about into the paragraph of running text right after
/// it, when a figure of that period was stated ("In 2024 turnover reached … than the year before" then "Exports grew
/// elevenfold, to …"). A title line (a section heading "2024: the fourfold year", a slide title "2. Structure of trade,
/// 2024", a caption "4. Сауда (млн АҚШ доллары)") dates every figure under it that names no period, and says what the
/// bare values of the verbless lines under it count ("2013 – 163.5"); a sub-item ("– crude oil: USD 242.2 mn") is read
/// with its parent line ("KZ exports to BG: …", "2024 – 375,2").
/// </summary>
internal static class DocumentFigures
{
    /// <param name="paragraphs">The document's paragraphs as written (lines kept), which the units were laid out from; null reads units alone.</param>
    public static List<FigureDraft> Read(IEnumerable<TextUnit> units, IReadOnlyList<string>? paragraphs, PartialDate? published, CancellationToken ct)
    {
        var list = units as IReadOnlyList<TextUnit> ?? units.ToList();
        var figures = new List<FigureDraft>();
        FigureContext? context = null;
        var paragraph = -1;
        var runningText = false;
        var statedPeriods = new HashSet<Period>();
        var questionOnly = false;
        TitleLine? title = null;
        ValueLine? parent = null;
        var linesRead = -1;
        // The last figure stated so far, whose period a later paragraph's "a year earlier" counts from.
        FigureDraft? lastFigure = null;
        for (var i = 0; i < list.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var unit = list[i];
            // An interviewer's question set in bold ("What explains such a jump in exports?") opens no new section: the
            // answer under it goes on about the period the answer before it was about.
            if (unit.Kind == UnitKind.Heading)
            {
                if (!unit.Text.TrimEnd().EndsWith('?'))
                {
                    runningText = false;
                    // The headline over the whole text is no section of it.
                    if (i > 0) (title, parent) = (TitleLine.Read(unit.Text, published), null);
                    // A section of its own period opens with that period; a heading with none leaves the last figure's.
                    if (title?.Period is not null) lastFigure = null;
                }
                continue;
            }
            if (unit.Paragraph == linesRead) continue;
            var raw = paragraphs is not null && unit.Paragraph < paragraphs.Count ? paragraphs[unit.Paragraph] : null;
            var alone = (i == 0 || list[i - 1].Paragraph != unit.Paragraph) && (i + 1 == list.Count || list[i + 1].Paragraph != unit.Paragraph);
            if (unit.Paragraph != paragraph && raw is not null && raw.Contains('\n') && LineBlock(raw) is { } lines)
            {
                // A slide's or fact sheet's block of lines: each line is read with its title and parent, none with its neighbours' words.
                var block = Lines(lines, title, ref parent, published);
                figures.AddRange(block);
                lastFigure = block.LastOrDefault() ?? lastFigure;
                (linesRead, paragraph, context, runningText) = (unit.Paragraph, unit.Paragraph, null, false);
                statedPeriods.Clear();
                continue;
            }
            if (alone && (unit.IsListItem || unit.Kind == UnitKind.Sentence && !unit.Text.TrimEnd().EndsWith('.')) && RowFields.Read(unit.Text) is null && ValueLine.Read(raw is not null && !raw.Contains('\n') ? raw : unit.Text) is { Count: > 0 } one)
            {
                var stated = Lines(one, title, ref parent, published);
                if (stated.Count > 0)
                {
                    figures.AddRange(stated);
                    lastFigure = stated[^1];
                    (paragraph, context, runningText) = (unit.Paragraph, null, false);
                    statedPeriods.Clear();
                    continue;
                }
            }
            // A slide's or section's numbered title ("1. Bilateral turnover, USD mn") is laid out as a list's item; a bullet is no title.
            if (alone && (unit.Kind == UnitKind.Sentence || unit.IsListItem && TitleLine.IsNumbered(raw ?? "")) && TitleLine.Looks(unit.Text))
                (title, parent) = (TitleLine.Read(unit.Text, published), null);
            else if (!unit.IsListItem) parent = null;
            if (unit.Paragraph != paragraph || context is null)
            {
                var prose = unit.Kind == UnitKind.Sentence && RowFields.Read(unit.Text) is null;
                // A paragraph that stated no figure carries nothing, so its periods are never read only for this; but an
                // interviewer's question between two answers passes on what it was handed.
                // A wire's lead that names what it measures and its period but states no figure ("Trade between Kazakhstan
                // and Bulgaria kept growing in January–April 2025, the bureau said.") dates the take right under it ("Kazakh
                // exports reached $71.2 million, imports $12.4 million.") as a figure of its own would.
                var inherited = statedPeriods.Count > 0 && runningText && prose && context?.LastStated() is { } last && statedPeriods.Contains(last) ? last
                    : statedPeriods.Count == 0 && runningText && prose && questionOnly ? context?.Inherited : null;
                var lead = inherited is null && statedPeriods.Count == 0 && runningText && prose && !questionOnly && context is { Measures: true } ? context : null;
                var previous = prose && lastFigure is { } lf && lf.Period.StartYear > 0 ? lf : null;
                (context, paragraph, runningText) = (new FigureContext(published, inherited)
                {
                    Lead = lead,
                    Section = title?.Period,
                    Before = previous?.Period ?? title?.Period,
                    MeasuredLast = previous is null ? null : MetricCatalog.Default.Find(previous.Metric),
                }, unit.Paragraph, prose);
                statedPeriods.Clear();
                questionOnly = true;
            }
            questionOnly &= unit.Text.TrimEnd().EndsWith('?');
            var found = FigureExtractor.Extract(unit.Text, context);
            foreach (var f in found) statedPeriods.Add(f.Period);
            figures.AddRange(found);
            lastFigure = found.LastOrDefault() ?? lastFigure;
        }
        return figures;
    }

    /// <summary>The lines of a paragraph when at least two of them are value lines and none runs long: a slide's, not prose wrapped.</summary>
    static List<ValueLine>? LineBlock(string raw)
    {
        var lines = raw.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // A table's rows are written as rows already ("2023 — Exports (US$ million): 120.5"): their own reader reads them.
        if (lines.Length < 2 || lines.Any(l => l.Length > MaxBlockLine || RowFields.Read(l) is not null)) return null;
        // A column of a two-column page is prose wrapped at its width, with values on many lines ("достиг 176,3 млн" /
        // "долл., импорт из Болгарии — 38,4 млн долл."): read line by line, a figure loses its metric and period.
        if (WrappedProse(lines)) return null;
        var read = new List<ValueLine>();
        var values = 0;
        foreach (var line in lines)
        {
            var v = ValueLine.Read(line);
            if (v.Count > 0) values++;
            // A line that is no value line still opens a parent for the items under it ("KZ exports to BG" then "- crude oil: …").
            read.AddRange(v.Count > 0 ? v : [new ValueLine(line, "", line, "")]);
        }
        return values >= 2 ? read : null;
    }

    const int MaxBlockLine = 160;

    /// <summary>
    /// Two lines or more go on with the sentence of the line above: they start with a small letter after a line that ends
    /// in a word, a number or a comma (no full stop, no colon that opens items). A slide's lines each start afresh.
    /// </summary>
    static bool WrappedProse(string[] lines)
    {
        var continued = 0;
        for (var k = 1; k < lines.Length && continued < 2; k++)
        {
            var (above, line) = (lines[k - 1], lines[k]);
            if (char.IsLower(line[0]) && (char.IsLetterOrDigit(above[^1]) || above[^1] is ',' or '-' or '\u00AD')) continued++;
        }
        return continued >= 2;
    }

    static List<FigureDraft> Lines(List<ValueLine> lines, TitleLine? title, ref ValueLine? parent, PartialDate? published)
    {
        var figures = new List<FigureDraft>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A block that opens with its own title ("Товарооборот, млн долларов США" over "2013 г. — 163,5").
            if (i == 0 && line.Value.Length == 0 && lines.Count > 1 && TitleLine.Read(line.Text, published) is { } own
                && (own.Unit is not null || MetricCatalog.Default.FindInText(own.Label).Count > 0))
            {
                (title, parent) = (own, null);
                continue;
            }
            // An item marked otherwise than the line above it ("•" then "–", a plain line then "-") is its sub-item.
            var sub = parent is not null && line.Marker.Length > 0 && line.Marker != parent.Marker;
            var up = sub ? parent : null;
            if (!sub) parent = line;
            if (line.Value.Length == 0 || line.Sentence(title, up) is not { } sentence) continue;
            var section = line.LeadPeriod(published) is null ? up?.LeadPeriod(published) ?? title?.Period : null;
            var context = new FigureContext(published) { Section = section };
            foreach (var f in FigureExtractor.Extract(sentence, context)) figures.Add(f with { Evidence = line.Text });
        }
        return figures;
    }
}
