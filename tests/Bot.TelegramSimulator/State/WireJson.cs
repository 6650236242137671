using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Html;

namespace Bot.TelegramSimulator.State;

/// <summary>Bot API object shapes (snake_case, optional fields left out) for the pieces several methods share.</summary>
internal static class WireJson
{
    /// <summary>
    /// Writes non-ASCII text as itself, as Telegram does, so recorded JSON reads "Русский" rather than "\u0420...".
    /// Relaxed escaping is safe here: the JSON goes to HTTP clients and tests, never into HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Chat(ChatInfo chat)
    {
        var json = new JsonObject { ["id"] = chat.Id, ["type"] = chat.Type };
        AddIfPresent(json, "title", chat.Title);
        AddIfPresent(json, "first_name", chat.FirstName);
        AddIfPresent(json, "username", chat.Username);
        return json;
    }

    public static JsonObject User(long id, string firstName, string? username, string? languageCode)
    {
        var json = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName };
        AddIfPresent(json, "username", username);
        AddIfPresent(json, "language_code", languageCode);
        return json;
    }

    public static JsonArray Entities(IEnumerable<TextEntity> entities)
    {
        var array = new JsonArray();
        foreach (var entity in entities)
        {
            var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
            AddIfPresent(json, "url", entity.Url);
            AddIfPresent(json, "language", entity.Language);
            AddIfPresent(json, "custom_emoji_id", entity.CustomEmojiId);
            array.Add(json);
        }

        return array;
    }

    private static void AddIfPresent(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
