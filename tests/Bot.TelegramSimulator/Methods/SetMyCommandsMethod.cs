using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.Recording;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>setMyCommands, keeping one list per scope and language; names and descriptions checked as Telegram does.</summary>
internal sealed partial class SetMyCommandsMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "setMyCommands";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        if (call.Json("commands") is not JsonArray array)
        {
            throw BotApiException.BadRequest("parameter \"commands\" is required");
        }

        var commands = array.Select(Read).ToList();
        state.Commands.Set(CommandScopeReader.Read(call), commands);
        return Task.FromResult<JsonNode?>(true);
    }

    private static BotCommandEntry Read(JsonNode? node)
    {
        var command = node?["command"]?.GetValue<string>() ?? string.Empty;
        var description = node?["description"]?.GetValue<string>() ?? string.Empty;
        if (!CommandName().IsMatch(command))
        {
            throw BotApiException.BadRequest("BOT_COMMAND_INVALID");
        }

        return description.Trim().Length is 0 or > 256 ? throw BotApiException.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID") : new BotCommandEntry(command, description);
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
