using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.Http;

/// <summary>
/// The parameters of one call, whichever way they came (query string, JSON body, form or multipart): every value is
/// kept as text, JSON-valued ones (reply_markup, commands, scope) as their JSON text, as Telegram itself takes them.
/// </summary>
internal sealed class MethodCall(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, UploadedFile> files)
{
    public string? String(string name) => values.GetValueOrDefault(name);

    public long? Long(string name) => Parse(name, s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null);

    public int? Int(string name) => Parse(name, s => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null);

    public bool Bool(string name) => String(name) is { } s && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1");

    public JsonNode? Json(string name)
    {
        var text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }

    /// <summary>A file part sent under this name, or referred to as "attach://part".</summary>
    public UploadedFile? File(string name)
    {
        if (files.TryGetValue(name, out var file))
        {
            return file;
        }

        const string attach = "attach://";
        var value = String(name);
        return value?.StartsWith(attach, StringComparison.Ordinal) == true ? files.GetValueOrDefault(value[attach.Length..]) : null;
    }

    private T? Parse<T>(string name, Func<string, T?> parse) where T : struct
    {
        var text = String(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return parse(text) ?? throw BotApiException.BadRequest($"invalid {name} specified");
    }
}
