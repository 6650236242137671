using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Cli;

/// <summary>JSON output for every verb: Cyrillic kept readable rather than \u-escaped.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
