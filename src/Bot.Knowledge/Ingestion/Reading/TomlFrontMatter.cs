using System.Globalization;
using Tomlyn;
using Tomlyn.Model;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// A TOML front-matter block ("+++" fences, as Hugo writes it) as the same flat fields a YAML block gives: top-level
/// keys only, a date or date-time as its ISO text, an array by its first item, a table ([params], say) not at all.
/// </summary>
internal static class TomlFrontMatter
{
    public static Dictionary<string, string?> Fields(string toml, int firstLine)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new IngestionException($"front matter is not valid TOML (line {firstLine + Math.Max(e.Line ?? 1, 1) - 1}): {FirstLine(e.Message)}");
        }
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
            if (key.Trim().Length > 0) fields[key.Trim().ToLowerInvariant()] = Text(value);
        return fields;
    }

    static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        bool b => b ? "true" : "false",
        TomlArray list => list.Select(Text).FirstOrDefault(t => t is not null),
        TomlTable or TomlTableArray => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static string FirstLine(string message)
    {
        var cut = message.IndexOf('\n');
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
