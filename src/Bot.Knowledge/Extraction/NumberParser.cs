using System.Globalization;

namespace Bot.Knowledge.Extraction;

/// <summary>Reads numbers as English and Russian/Bulgarian texts write them: "375.2", "375,2", "1,234", "1 234".</summary>
public static class NumberParser
{
    public static double? Parse(string text)
    {
        var s = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray()).TrimEnd('.', ',');
        if (s.Length == 0) return null;
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
            s = comma > dot ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        else if (comma >= 0)
            s = s.Length - comma - 1 == 3 && !s.StartsWith("0,", StringComparison.Ordinal) ? s.Replace(",", "") : s.Replace(',', '.');
        else if (s.Count(c => c == '.') > 1)
            s = s.Replace(".", "");
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
