using System.Text.Json;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Seeding;

/// <summary>Reads a JSON Lines file, naming the file and line of the first malformed record.</summary>
public static class KbFileReader
{
    // New options for each file read, not one kept: options keep what they learned of every type they read (and the code
    // they emitted to read its properties) for as long as they live; seeding reads each file once.
    static JsonSerializerOptions NewOptions() => new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    public static List<T> ReadLines<T>(string path)
    {
        var items = new List<T>();
        var options = NewOptions();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                items.Add(JsonSerializer.Deserialize<T>(line, options) ?? throw new JsonException("null record"));
            }
            catch (JsonException e)
            {
                throw new IngestionException($"{Path.GetFileName(path)} line {number}: {e.Message}");
            }
        }
        return items;
    }
}
