using System.Globalization;
using System.Text.Json.Nodes;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Updates;

/// <summary>Builds the updates a user's actions would make and queues them for getUpdates.</summary>
internal sealed class UpdateInjector(SimulatorState state)
{
    private long _lastCallbackId = 4_290_000_000_000_000_000;

    public InjectedMessage Message(
        ChatInfo chat, JsonObject from, string text, int? replyToMessageId, TestDocument? document)
    {
        state.Chats.Remember(chat);
        state.Members.RememberUser(from);
        var messageId = state.Messages.NextId();
        var json = new JsonObject { ["message_id"] = messageId, ["from"] = from, ["chat"] = WireJson.Chat(chat), ["date"] = state.UnixNow };
        if (replyToMessageId is { } replyTo)
        {
            json["reply_to_message"] = RepliedMessage(chat, replyTo);
        }

        var entities = IncomingEntities.Detect(text);
        if (document is not null)
        {
            AttachDocument(json, document);
        }

        var (textField, entitiesField) = document is null ? ("text", "entities") : ("caption", "caption_entities");
        if (text.Length > 0)
        {
            json[textField] = text;
        }

        if (entities.Count > 0)
        {
            json[entitiesField] = WireJson.Entities(entities);
        }

        var entitiesJson = WireJson.Entities(entities).ToJsonString(WireJson.Options);
        state.Messages.Put(new StoredMessage(chat.Id, messageId, FromBot: false, json.ToJsonString(WireJson.Options), text, entitiesJson, ReplyMarkupJson: null));
        return new InjectedMessage(state.Updates.Enqueue("message", json), messageId);
    }

    public InjectedCallbackQuery CallbackQuery(ChatInfo chat, JsonObject from, int messageId, string data)
    {
        var id = Interlocked.Increment(ref _lastCallbackId).ToString(CultureInfo.InvariantCulture);
        state.Members.RememberUser(from);
        state.Callbacks.Register(id);
        var json = new JsonObject
        {
            ["id"] = id,
            ["from"] = from,
            ["message"] = RepliedMessage(chat, messageId),
            ["chat_instance"] = string.Create(CultureInfo.InvariantCulture, $"{chat.Id * 31 + state.Bot.Id}"),
            ["data"] = data,
        };
        return new InjectedCallbackQuery(state.Updates.Enqueue("callback_query", json), id);
    }

    public int MyChatMember(ChatInfo chat, JsonObject from, string oldStatus, string newStatus)
    {
        state.Chats.Remember(chat);
        state.Members.RememberUser(from);
        state.Members.SetStatus(chat.Id, state.Bot.Id, newStatus);
        var json = new JsonObject
        {
            ["chat"] = WireJson.Chat(chat),
            ["from"] = from,
            ["date"] = state.UnixNow,
            ["old_chat_member"] = Member(oldStatus),
            ["new_chat_member"] = Member(newStatus),
        };
        return state.Updates.Enqueue("my_chat_member", json);
    }

    private JsonObject Member(string status) => ChatMemberJson.Create(status, state.Bot.ToUserJson());

    // A message the simulator does not know is stood in for by a bare one from the bot, so tests need not send first.
    private JsonObject RepliedMessage(ChatInfo chat, int messageId)
    {
        if (state.Messages.Find(chat.Id, messageId) is { } stored)
        {
            var json = stored.ToJson();
            json.Remove("reply_to_message");
            return json;
        }

        return new JsonObject
        {
            ["message_id"] = messageId, ["from"] = state.Bot.ToUserJson(), ["chat"] = WireJson.Chat(chat), ["date"] = state.UnixNow, ["text"] = "…",
        };
    }

    private void AttachDocument(JsonObject json, TestDocument document)
    {
        var file = state.Files.Add(document.Content, "documents", document.FileName);
        json["document"] = new JsonObject
        {
            ["file_id"] = file.FileId,
            ["file_unique_id"] = file.FileUniqueId,
            ["file_name"] = document.FileName,
            ["mime_type"] = document.MimeType,
            ["file_size"] = document.Content.Length,
        };
    }
}
