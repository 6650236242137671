using System.Text.RegularExpressions;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A front-matter block that is not valid YAML, read as one "key: value" per line (the value is everything after the
/// first colon), with indented and "- " lines belonging to the key above. Null when even that does not fit.
/// </summary>
internal static partial class FrontMatterLines
{
    [GeneratedRegex(@"^(?<k>[A-Za-z_][\w.-]*)\s*:(?<v>.*)$")]
    private static partial Regex KeyValue();

    /// <summary>
    /// The block when every line is a plain "key: value" whose value YAML would read as the same text (no quotes with
    /// escapes, no flow lists, no block scalars, no anchors or tags): most front matter is, and it needs no YAML parser.
    /// </summary>
    /// <remarks>
    /// Read in the same pass that checks it (every document ingested comes through here): each line it accepts is one
    /// <see cref="Fields"/> would keep, and it keeps it the same way.
    /// </remarks>
    public static Dictionary<string, string?>? Plain(string yaml)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in yaml.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            // What KeyValue matches, read without a match object: a key can hold no colon, so the line's first colon ends it.
            var text = line.AsSpan().TrimEnd();
            var colon = text.IndexOf(':');
            if (colon < 0 || !KeyBeforeColon().IsMatch(text[..colon])) return null;
            var value = text[(colon + 1)..].Trim().ToString();
            if (value.Length > 0 && !IsPlainScalar(value)) return null;
            Keep(fields, text[..colon].TrimEnd().ToString(), value);
        }
        return fields;
    }

    /// <summary>What <see cref="KeyValue"/> allows before its colon.</summary>
    [GeneratedRegex(@"^[A-Za-z_][\w.-]*\s*$")]
    private static partial Regex KeyBeforeColon();

    static void Keep(Dictionary<string, string?> fields, string key, string value)
    {
        if (value.Length >= 2 && value[0] == value[^1] && value[0] is '"' or '\'') value = value[1..^1];
        fields[key.ToLowerInvariant()] = value.Length == 0 ? null : value;
    }

    static bool IsPlainScalar(string v) =>
        v[0] is '"' ? v.Length >= 2 && v[^1] == '"' && v.IndexOf('\\') < 0 && v.IndexOf('"', 1) == v.Length - 1
        : v[0] is '\'' ? v.Length >= 2 && v[^1] == '\'' && v.IndexOf('\'', 1) == v.Length - 1
        : v[0] is not ('[' or '{' or '|' or '>' or '&' or '*' or '!' or '%' or '@' or '`' or '#' or '-' or '?') && !v.Contains(" #", StringComparison.Ordinal);

    public static Dictionary<string, string?>? Fields(string yaml)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var line in yaml.Split('\n'))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (char.IsWhiteSpace(line[0]) || line.StartsWith("- ", StringComparison.Ordinal)) continue;
            var m = KeyValue().Match(line.TrimEnd());
            if (!m.Success) return null;
            Keep(fields, m.Groups["k"].Value, m.Groups["v"].Value.Trim());
        }
        return fields;
    }
}
