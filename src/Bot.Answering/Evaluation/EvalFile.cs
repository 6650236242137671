using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Answering.Evaluation;

/// <summary>Reads an evaluation file: JSON Lines, one question a line. A bad line is named with its number and what is wrong.</summary>
public static class EvalFile
{
    public static IReadOnlyList<EvalItem> Load(string path)
    {
        var items = new List<EvalItem>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                items.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: {FirstLine(e.Message)}", e);
            }
        }
        Check(items, Path.GetFileName(path));
        return items;
    }

    static EvalItem Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
        var id = Text(root, "id") ?? throw new FormatException("no \"id\"");
        var question = Text(root, "question") ?? throw new FormatException($"{id} has no \"question\"");
        return new EvalItem(id, question, Text(root, "lang"), Text(root, "kind") ?? "-",
            Patterns(root, "expect_all"), Patterns(root, "expect_any"), Patterns(root, "forbid"), Text(root, "after"));
    }

    static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static List<Regex> Patterns(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw new FormatException($"\"{name}\" is not a list");
        return list.EnumerateArray().Select(p => p.GetString() ?? throw new FormatException($"\"{name}\" holds a non-string"))
            .Select(p => Compile(p, name)).ToList();
    }

    static Regex Compile(string pattern, string field)
    {
        try
        {
            return PythonPattern.Compile(pattern);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"\"{field}\" pattern /{pattern}/ is not a valid regular expression ({FirstLine(e.Message)})", e);
        }
    }

    static void Check(List<EvalItem> items, string file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            if (!ids.Add(item.Id)) throw new FormatException($"{file}: id {item.Id} appears twice");
        foreach (var item in items)
            if (item.After is { } after && !ids.Contains(after)) throw new FormatException($"{file}: {item.Id} follows up {after}, which is not in the file");
    }

    static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
