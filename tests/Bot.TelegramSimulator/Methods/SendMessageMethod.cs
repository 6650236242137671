using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>sendMessage: checks the text and keyboard as Telegram does, then records it and returns the new Message.</summary>
internal sealed class SendMessageMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "sendMessage";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var text = call.String("text");
        var parseMode = call.String("parse_mode");
        var formatted = FormattedText.ForText(text, parseMode);
        var markupNode = call.Json("reply_markup");
        var buttons = InlineKeyboardReader.Read(markupNode);
        var linkPreview = call.Json("link_preview_options") as JsonObject;
        var repliedTo = BotMessages.FindReplyTarget(state, chat, call);
        ChatTarget.AcquireSend(state, chat);

        var json = BotMessages.Create(state, chat, state.Messages.NextId(), call, repliedTo);
        json["text"] = formatted.PlainText;
        if (formatted.Entities.Count > 0)
        {
            json["entities"] = WireJson.Entities(formatted.Entities);
        }

        var markup = BotMessages.AttachMarkup(json, markupNode);
        BotMessages.Store(state, chat, json, formatted);
        state.Journal.Messages.Add(new SentMessage
        {
            ChatId = chat.Id,
            MessageId = json["message_id"]!.GetValue<int>(),
            Text = text!,
            ParseMode = parseMode,
            PlainText = formatted.PlainText,
            InlineButtons = buttons,
            ReplyMarkupJson = markup,
            ReplyToMessageId = BotMessages.ReplyToMessageId(call),
            ReplyParametersJson = call.Json("reply_parameters")?.ToJsonString(WireJson.Options),
            LinkPreviewOptionsJson = linkPreview?.ToJsonString(WireJson.Options),
            LinkPreviewDisabled = IsDisabled(linkPreview) || call.Bool("disable_web_page_preview"),
            DisableNotification = call.Bool("disable_notification"),
            MessageThreadId = call.Int("message_thread_id"),
            Timestamp = state.Clock.GetUtcNow(),
        });
        return Task.FromResult<JsonNode?>(json);
    }

    private static bool IsDisabled(JsonObject? linkPreview) =>
        linkPreview?["is_disabled"] is JsonValue value && value.TryGetValue<bool>(out var disabled) && disabled;
}
