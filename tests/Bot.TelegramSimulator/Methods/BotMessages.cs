using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>Builds and keeps the Message objects the bot's own sends return.</summary>
internal static class BotMessages
{
    public static JsonObject Create(SimulatorState state, ChatInfo chat, int messageId, MethodCall call, JsonObject? repliedTo)
    {
        var json = new JsonObject
        {
            ["message_id"] = messageId, ["from"] = state.Bot.ToUserJson(), ["chat"] = WireJson.Chat(chat), ["date"] = state.UnixNow,
        };
        if (call.Int("message_thread_id") is { } thread)
        {
            json["message_thread_id"] = thread;
        }

        if (repliedTo is not null)
        {
            json["reply_to_message"] = repliedTo;
        }

        return json;
    }

    /// <summary>The message replied to (reply_parameters or the older reply_to_message_id); 400 when it is missing.</summary>
    public static JsonObject? FindReplyTarget(SimulatorState state, ChatInfo chat, MethodCall call)
    {
        var parameters = call.Json("reply_parameters") as JsonObject;
        if (ReplyToMessageId(call) is not { } id)
        {
            return null;
        }

        if (state.Messages.Find(chat.Id, id) is { } target)
        {
            var json = target.ToJson();
            json.Remove("reply_to_message"); // Telegram nests one level only.
            return json;
        }

        var allowMissing = parameters?["allow_sending_without_reply"]?.GetValue<bool>() ?? call.Bool("allow_sending_without_reply");
        return allowMissing ? null : throw BotApiException.BadRequest("message to be replied not found");
    }

    /// <summary>The message id a send replies to: reply_parameters.message_id, else reply_to_message_id.</summary>
    public static int? ReplyToMessageId(MethodCall call)
    {
        if (call.Json("reply_parameters") is JsonObject parameters)
        {
            return parameters["message_id"] is JsonValue value && value.TryGetValue<int>(out var id)
                ? id
                : throw BotApiException.BadRequest("can't parse reply parameters JSON object");
        }

        return call.Int("reply_to_message_id");
    }

    /// <summary>Telegram echoes an inline keyboard in the returned message, never a reply keyboard.</summary>
    public static string? AttachMarkup(JsonObject json, JsonNode? markup)
    {
        json.Remove("reply_markup");
        if (markup is JsonObject obj && obj.ContainsKey("inline_keyboard"))
        {
            json["reply_markup"] = markup.DeepClone();
        }

        return markup?.ToJsonString(WireJson.Options);
    }

    /// <summary>The inline keyboard of a reply_markup as a message would keep it; null for none or another kind.</summary>
    public static string? InlineMarkupJson(JsonNode? markup) =>
        markup is JsonObject obj && obj.ContainsKey("inline_keyboard") ? markup.ToJsonString(WireJson.Options) : null;

    /// <summary>Keeps the message as it now stands; its markup is the inline keyboard it shows, if any.</summary>
    public static void Store(SimulatorState state, ChatInfo chat, JsonObject json, FormattedText text)
    {
        var messageId = json["message_id"]!.GetValue<int>();
        var entities = WireJson.Entities(text.Entities).ToJsonString(WireJson.Options);
        var markup = InlineMarkupJson(json["reply_markup"]);
        state.Messages.Put(new StoredMessage(chat.Id, messageId, FromBot: true, json.ToJsonString(WireJson.Options), text.PlainText, entities, markup));
    }
}
