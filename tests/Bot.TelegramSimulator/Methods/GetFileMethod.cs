using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;
using Bot.TelegramSimulator.State;

namespace Bot.TelegramSimulator.Methods;

/// <summary>getFile: the file_path to download from /file/bot{token}/{file_path}.</summary>
internal sealed class GetFileMethod(SimulatorState state) : IBotApiMethod
{
    public string Name => "getFile";

    public Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken)
    {
        var file = state.Files.FindById(call.String("file_id") ?? string.Empty) ?? throw BotApiException.BadRequest("invalid file_id");
        return Task.FromResult<JsonNode?>(new JsonObject
        {
            ["file_id"] = file.FileId, ["file_unique_id"] = file.FileUniqueId, ["file_size"] = file.Content.Length, ["file_path"] = file.Path,
        });
    }
}
