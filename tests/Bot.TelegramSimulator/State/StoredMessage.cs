using System.Text.Json.Nodes;

namespace Bot.TelegramSimulator.State;

/// <summary>A message as it now stands, kept so edits, deletions, replies and callbacks can find it.</summary>
internal sealed record StoredMessage(long ChatId, int MessageId, bool FromBot, string Json, string PlainText, string EntitiesJson, string? ReplyMarkupJson)
{
    public JsonObject ToJson() => JsonNode.Parse(Json)!.AsObject();
}
