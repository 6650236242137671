using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getMyCommands: the list set for exactly this scope and language (no fallback, as in the Bot API).</summary>
internal sealed class GetMyCommandsMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getMyCommands";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var command in state.Commands.Get(CommandScopeReader.Read(call)))
        {
            list.Add(new JsonObject { ["command"] = command.Command, ["description"] = command.Description });
        }

        return Task.FromResult<JsonNode?>(list);
    }
}
