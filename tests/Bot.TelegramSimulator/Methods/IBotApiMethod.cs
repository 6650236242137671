using System.Text.Json.Nodes;
using Bot.TelegramSimulator.Http;

namespace Bot.TelegramSimulator.Methods;

/// <summary>One Bot API method; it returns the "result" or throws <see cref="BotApiException"/>.</summary>
internal interface IBotApiMethod
{
    string Name { get; }

    Task<JsonNode?> InvokeAsync(MethodCall call, CancellationToken cancellationToken);
}
