using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;

namespace Bot.TelegramSimulator.Methods;

/// <summary>The scope and language_code parameters the three *MyCommands methods share.</summary>
internal static class CommandScopeReader
{
    public static CommandScopeKey Read(MethodCall call)
    {
        var scope = call.Json("scope") as JsonObject;
        var type = scope?["type"]?.GetValue<string>() ?? "default";
        return new CommandScopeKey(type, call.String("language_code") ?? string.Empty, ReadId(scope, "chat_id"), ReadId(scope, "user_id"));
    }

    private static long? ReadId(JsonObject? scope, string name) => scope?[name] is JsonValue value && value.TryGetValue<long>(out var id) ? id : null;
}
