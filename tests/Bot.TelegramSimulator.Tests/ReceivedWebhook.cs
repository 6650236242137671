using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.TelegramSimulator.Tests;

/// <summary>One POST the webhook receiver got, and the status it answered.</summary>
internal sealed record ReceivedWebhook(string Path, string? ContentType, string SecretToken, string Body, int Status)
{
    /// <summary>The body read the way a Telegram.Bot webhook endpoint reads it.</summary>
    public Update Update => JsonSerializer.Deserialize<Update>(Body, JsonBotAPI.Options)!;
}
