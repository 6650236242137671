using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>editMessageText for messages the bot sent (inline_message_id is not simulated).</summary>
internal sealed class EditMessageTextMethod(SimulatorState state) : IBotApiMethod
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public string Name => "editMessageText";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var chat = ChatTarget.Resolve(state, call);
        var messageId = call.Int("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        var stored = state.Messages.Find(chat.Id, messageId);
        if (stored is null)
        {
            throw BotApiException.BadRequest("message to edit not found");
        }

        var json = stored.ToJson();
        if (!stored.FromBot || !json.ContainsKey("text"))
        {
            throw BotApiException.BadRequest(stored.FromBot ? "there is no text in the message to edit" : "message can't be edited");
        }

        var text = call.String("text");
        var parseMode = call.String("parse_mode");
        var formatted = FormattedText.ForText(text, parseMode);
        var markupNode = call.Json("reply_markup");
        var buttons = InlineKeyboardReader.Read(markupNode);
        var entities = WireJson.Entities(formatted.Entities);
        if (formatted.PlainText == stored.PlainText && entities.ToJsonString(WireJson.Options) == stored.EntitiesJson
            && BotMessages.InlineMarkupJson(markupNode) == stored.ReplyMarkupJson)
        {
            throw BotApiException.BadRequest(NotModified);
        }

        json["text"] = formatted.PlainText;
        json.Remove("entities");
        if (formatted.Entities.Count > 0)
        {
            json["entities"] = entities;
        }

        json["edit_date"] = state.UnixNow;
        var markup = BotMessages.AttachMarkup(json, markupNode);
        BotMessages.Store(state, chat, json, formatted);
        state.Journal.Edits.Add(
            new MessageEdit(chat.Id, messageId, text!, parseMode, formatted.PlainText, markup, state.Clock.GetUtcNow()) { InlineButtons = buttons });
        return Task.FromResult<JsonNode?>(json);
    }
}
