using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>sendDocument: an uploaded file part (multipart), or a file_id / URL; the caption is checked like a text.</summary>
internal sealed class SendDocumentMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "sendDocument";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var upload = call.File("document");
        var reference = upload is null ? call.String("document") : null;
        if (upload is null && string.IsNullOrEmpty(reference))
        {
            throw BotApiException.BadRequest("there is no document in the request");
        }

        var caption = call.String("caption");
        var formatted = FormattedText.ForCaption(caption, call.String("parse_mode"));
        var repliedTo = BotMessages.FindReplyTarget(state, chat, call);
        ChatTarget.AcquireSend(state, chat);

        var content = upload?.Content ?? ReadOnlyMemory<byte>.Empty;
        var name = upload?.FileName ?? "document";
        var file = state.Files.Add(content, "documents", name);
        var json = BotMessages.Create(state, chat, state.Messages.NextId(), call, repliedTo);
        json["document"] = new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_name"] = name, ["file_size"] = content.Length,
        };
        if (formatted.PlainText.Length > 0)
        {
            json["caption"] = formatted.PlainText;
            json["caption_entities"] = WireJson.Entities(formatted.Entities);
        }

        BotMessages.AttachMarkup(json, call.Json("reply_markup"));
        BotMessages.Store(state, chat, json, formatted);
        state.Journal.Documents.Add(new SentDocument(chat.Id, json["message_id"]!.GetValue<int>(), content, upload?.FileName, reference, caption, state.Clock.GetUtcNow()));
        return Task.FromResult<JsonNode?>(json);
    }
}
