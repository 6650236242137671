using System.Text;
using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;

namespace Bot.TelegramSimulator.Methods;

/// <summary>The buttons of a reply_markup's inline_keyboard, checked the way Telegram refuses a bad one.</summary>
internal static class InlineKeyboardReader
{
    private const int MaxCallbackDataBytes = 64;

    private static readonly string[] ActionFields =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    /// <summary>Empty when the markup is absent or is not an inline keyboard.</summary>
    public static IReadOnlyList<InlineButton> Read(JsonNode? markup)
    {
        if (markup is not JsonObject obj || !obj.TryGetPropertyValue("inline_keyboard", out var keyboard))
        {
            return [];
        }

        if (keyboard is not JsonArray rows)
        {
            throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }

        var buttons = new List<InlineButton>();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] is not JsonArray row)
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
            }

            for (var c = 0; c < row.Count; c++)
            {
                buttons.Add(ReadButton(row[c] as JsonObject, r, c));
            }
        }

        return buttons;
    }

    private static InlineButton ReadButton(JsonObject? button, int row, int column)
    {
        if (button is null)
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }

        var text = OptionalString(button, "text");
        if (string.IsNullOrEmpty(text))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text is empty");
        }

        if (!ActionFields.Any(button.ContainsKey))
        {
            throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        var data = OptionalString(button, "callback_data");
        if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > MaxCallbackDataBytes)
        {
            throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
        }

        var url = OptionalString(button, "url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw BotApiException.BadRequest("BUTTON_URL_INVALID");
        }

        return new InlineButton(row, column, text, data, url);
    }

    private static string? OptionalString(JsonObject button, string field) => button[field] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw BotApiException.BadRequest($"can't parse inline keyboard button: Field \"{field}\" must be of type String"),
    };
}
