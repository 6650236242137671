using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>deleteMyCommands for one scope and language.</summary>
internal sealed class DeleteMyCommandsMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "deleteMyCommands";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        state.Commands.Set(CommandScopeReader.Read(call), []);
        return Task.FromResult<JsonNode?>(true);
    }
}
