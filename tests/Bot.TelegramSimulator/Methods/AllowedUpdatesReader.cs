using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;

namespace Bot.TelegramSimulator.Methods;

/// <summary>The allowed_updates parameter of getUpdates and setWebhook; null when the bot left it out.</summary>
internal static class AllowedUpdatesReader
{
    public static IReadOnlyCollection<string>? Read(MethodCall call) =>
        call.Json("allowed_updates") is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? string.Empty).ToList() : null;
}
