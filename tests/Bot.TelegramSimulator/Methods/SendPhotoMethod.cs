using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>sendPhoto: an uploaded file part (multipart), or a file_id / URL; the caption is checked like a text.</summary>
internal sealed class SendPhotoMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "sendPhoto";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var upload = call.File("photo");
        var reference = upload is null ? call.String("photo") : null;
        if (upload is null && string.IsNullOrEmpty(reference))
        {
            throw BotApiException.BadRequest("there is no photo in the request");
        }

        var caption = call.String("caption");
        var parseMode = call.String("parse_mode");
        var formatted = FormattedText.ForCaption(caption, parseMode);
        var markupNode = call.Json("reply_markup");
        var buttons = InlineKeyboardReader.Read(markupNode);
        var repliedTo = BotMessages.FindReplyTarget(state, chat, call);
        ChatTarget.AcquireSend(state, chat);

        var content = upload?.Content ?? ReadOnlyMemory<byte>.Empty;
        var file = state.Files.Add(content, "photos", upload?.FileName ?? "photo.jpg");
        var json = BotMessages.Create(state, chat, state.Messages.NextId(), call, repliedTo);
        json["photo"] = new JsonArray(new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["width"] = 800, ["height"] = 600, ["file_size"] = content.Length,
        });
        if (formatted.PlainText.Length > 0)
        {
            json["caption"] = formatted.PlainText;
            json["caption_entities"] = WireJson.Entities(formatted.Entities);
        }

        var markup = BotMessages.AttachMarkup(json, markupNode);
        BotMessages.Store(state, chat, json, formatted);
        state.Journal.Photos.Add(new SentPhoto(
            chat.Id, json["message_id"]!.GetValue<int>(), content, upload?.FileName, reference, caption, parseMode, markup, state.Clock.GetUtcNow())
        {
            InlineButtons = buttons, DisableNotification = call.Bool("disable_notification"),
        });
        return Task.FromResult<JsonNode?>(json);
    }
}
