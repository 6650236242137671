namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Text set in two columns side by side, as a bilingual release prints its two languages or a page saved by pdftotext
/// -layout keeps a two-column page: each line holds a half-line of each column, parted by a run of spaces at the same
/// place line after line. The columns are read one after the other, each as a text of its own, so no sentence is made
/// of half-lines of two texts.
/// </summary>
/// <remarks>
/// A stretch of lines is two columns when at least <see cref="MinSplitLines"/> of its lines hold text on both sides of
/// one place (the right text starting there, give or take a paragraph's indent), no line crosses that place, and both
/// sides run as prose runs, filling their column: a table of short keys and values ("Capital      Astana") is left to
/// the table reader.
/// </remarks>
public static class TextColumns
{
    /// <summary>Spaces that part two columns (one or two part the words of a sentence).</summary>
    const int Gap = 3;

    /// <summary>How far a column's paragraph may be set in from the column's edge.</summary>
    const int Indent = 4;

    const int MinSplitLines = 3;

    /// <summary>How much of its column's width the median half-line fills in running text.</summary>
    const double Filled = 0.6;

    /// <summary>The page's lines with each stretch of two columns replaced by its left column, a blank line, then its right column.</summary>
    public static List<string> Unfold(List<string> lines)
    {
        if (Boundary(lines) is not { } at) return lines;
        var output = new List<string>(lines.Count + 4);
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            while (end < lines.Count && Fits(lines[end], at)) end++;
            // Blank lines at either end of a stretch belong to the text around it.
            var (first, last) = (i, end - 1);
            while (first <= last && lines[first].Trim().Length == 0) first++;
            while (last >= first && lines[last].Trim().Length == 0) last--;
            if (last >= first && IsTwoColumns(lines, first, last, at))
            {
                output.AddRange(lines.Skip(i).Take(first - i));
                output.AddRange(Column(lines, first, last, at, left: true));
                output.Add("");
                output.AddRange(Column(lines, first, last, at, left: false));
                output.AddRange(lines.Skip(last + 1).Take(end - last - 1));
            }
            else output.AddRange(lines.Skip(i).Take(end - i));
            if (end < lines.Count) output.Add(lines[end]);
            i = end + 1;
        }
        return output;
    }

    /// <summary>Where a right column starts: the place most lines of two parts start their second part, if enough do.</summary>
    static int? Boundary(List<string> lines)
    {
        var starts = new Dictionary<int, int>();
        foreach (var line in lines)
            if (Parts(line) is [_, var right]) starts[right.Start] = starts.GetValueOrDefault(right.Start) + 1;
        if (starts.Count == 0) return null;
        var (at, count) = starts.MaxBy(s => s.Value);
        // A column's paragraphs set in a little start their lines a few places further on: they count for the edge.
        var near = starts.Where(s => s.Key > at && s.Key <= at + Indent).Sum(s => s.Value);
        return count + near >= MinSplitLines ? starts.Where(s => s.Key >= at - Indent && s.Key <= at).Min(s => s.Key) : null;
    }

    /// <summary>A line a two-column stretch may hold: blank, left text ending before the edge, right text from it, or both.</summary>
    static bool Fits(string line, int at) => Parts(line) switch
    {
        [] => true,
        [var one] => one.End <= at - Gap || one.Start >= at,
        [var left, var right] => left.End <= at - Gap && right.Start >= at && right.Start <= at + Indent,
        _ => false,
    };

    static bool IsTwoColumns(List<string> lines, int first, int last, int at)
    {
        var lefts = new List<int>();
        var rights = new List<int>();
        var margin = int.MaxValue;
        var rightWidth = 0;
        for (var i = first; i <= last; i++)
        {
            var parts = Parts(lines[i]);
            if (parts.Count == 0) continue;
            if (parts[0].Start < at) margin = Math.Min(margin, parts[0].Start);
            rightWidth = Math.Max(rightWidth, parts[^1].Start >= at ? parts[^1].End - at : 0);
            if (parts is not [var left, var right]) continue;
            if (!HasLetters(lines[i], left) || !HasLetters(lines[i], right)) return false;
            lefts.Add(left.End - left.Start);
            rights.Add(right.End - right.Start);
        }
        return lefts.Count >= MinSplitLines && margin < at
            && Median(lefts) >= Filled * (at - Gap - margin) && Median(rights) >= Filled * rightWidth;
    }

    static IEnumerable<string> Column(List<string> lines, int first, int last, int at, bool left)
    {
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            var parts = Parts(line);
            if (parts.Count == 0) { yield return ""; continue; }
            // A line where only the other column has text adds nothing to this one.
            if (left && parts[0].Start < at) yield return line[..parts[0].End];
            else if (!left && parts[^1].Start >= at) yield return line[at..];
        }
    }

    /// <summary>The runs of text of a line parted by <see cref="Gap"/> or more spaces, as start and end places.</summary>
    static List<(int Start, int End)> Parts(string line)
    {
        var parts = new List<(int Start, int End)>(2);
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] == ' ') i++;
            if (i >= line.Length) break;
            var start = i;
            var end = i;
            while (i < line.Length)
            {
                if (line[i] != ' ') { end = ++i; continue; }
                var spaces = i;
                while (i < line.Length && line[i] == ' ') i++;
                if (i - spaces >= Gap || i >= line.Length) break;
            }
            parts.Add((start, end));
        }
        return parts;
    }

    static bool HasLetters(string line, (int Start, int End) part)
    {
        for (var i = part.Start; i < part.End; i++)
            if (char.IsLetter(line[i])) return true;
        return false;
    }

    static double Median(List<int> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2.0;
    }
}
